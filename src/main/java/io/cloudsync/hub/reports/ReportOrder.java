package io.cloudsync.hub.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The report rows of one order ({@code report_order} and its {@code report_order_line}s): amounts already in the
 * shop's default currency, the shop-local day it was placed on, whether it counts as a sale, and its payment module
 * and payment text (which tell the sales channel: {@link SalesChannels}).
 */
public record ReportOrder(
        long orderId,
        String reference,
        long customerId,
        long stateId,
        boolean paid,
        boolean shipped,
        boolean delivered,
        boolean cancelled,
        boolean refunded,
        boolean paymentError,
        boolean countsAsSale,
        Instant placedAt,
        LocalDateTime placedLocal,
        String currency,
        BigDecimal conversionRate,
        BigDecimal productsTaxIncl,
        BigDecimal productsTaxExcl,
        BigDecimal shippingTaxIncl,
        BigDecimal shippingTaxExcl,
        BigDecimal discountsTaxIncl,
        BigDecimal discountsTaxExcl,
        BigDecimal paidTaxIncl,
        BigDecimal paidTaxExcl,
        List<Line> lines,
        String paymentModule,
        String payment) {

    public ReportOrder {
        lines = List.copyOf(lines);
        paymentModule = paymentModule == null ? "" : paymentModule;
        payment = payment == null ? "" : payment;
    }

    public LocalDate placedDate() {
        return placedLocal.toLocalDate();
    }

    /** One line: what was sold, how many, for how much (default currency). */
    public record Line(long lineId, long productId, long combinationId, String sku, String name, int quantity,
                       BigDecimal totalTaxIncl, BigDecimal totalTaxExcl) {
    }
}

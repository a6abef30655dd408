package io.cloudsync.hub.reports;

import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderStatus;
import io.cloudsync.hub.model.OrderTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The report rows of a canonical order: its state flags, whether it counts as a sale, the shop-local day it was
 * placed on, and its amounts in the shop's default currency (divided by the order's conversion rate, as
 * PrestaShop's own statistics do).
 */
public final class ReportRows {

    private ReportRows() {
    }

    public static ReportOrder of(Order order) {
        OrderStatus state = order.state();
        OrderTotals totals = order.totals();
        BigDecimal rate = order.conversionRate();
        return new ReportOrder(order.id(), order.reference(), order.customerId(), state.id(), state.paid(),
                state.shipped(), state.delivered(), state.cancelled(), state.refunded(), state.paymentError(),
                order.countsAsSale(), order.placedAt(), order.placedLocal(), order.currency(), rate,
                inDefault(totals.productsTaxIncl(), rate), inDefault(totals.productsTaxExcl(), rate),
                inDefault(totals.shippingTaxIncl(), rate), inDefault(totals.shippingTaxExcl(), rate),
                inDefault(totals.discountsTaxIncl(), rate), inDefault(totals.discountsTaxExcl(), rate),
                inDefault(totals.paidTaxIncl(), rate), inDefault(totals.paidTaxExcl(), rate),
                order.lines().stream().map(line -> line(line, rate)).toList(), order.paymentModule(), order.payment());
    }

    private static ReportOrder.Line line(OrderLine line, BigDecimal rate) {
        return new ReportOrder.Line(line.lineId(), line.productId(), line.combinationId(), line.sku(), line.name(),
                line.quantity(), inDefault(line.totalTaxIncl(), rate), inDefault(line.totalTaxExcl(), rate));
    }

    static BigDecimal inDefault(BigDecimal amount, BigDecimal rate) {
        if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) == 0) {
            return amount.setScale(6, RoundingMode.HALF_UP);
        }
        return amount.divide(rate, 6, RoundingMode.HALF_UP);
    }
}

package io.cloudsync.hub.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the report queries of {@link ReportRepository} add up (sales only: orders that count as sales). */
public final class ReportAggregates {

    private ReportAggregates() {
    }

    /** Sales of one shop-local calendar day. */
    public record DaySales(LocalDate date, long orders, BigDecimal totalTaxIncl, BigDecimal totalTaxExcl) {
    }

    /**
     * Sales of the orders of one marketplace payment text ({@code payment}), or of every order not paid with the
     * marketplace module ({@code payment} null).
     */
    public record PaymentSales(String payment, long orders, BigDecimal totalTaxIncl, BigDecimal totalTaxExcl) {
    }

    /** One product's sales in a period; {@code sku} and {@code name} as one of its lines shows them. */
    public record ProductSales(long productId, long units, BigDecimal salesTaxIncl, BigDecimal salesTaxExcl,
                               long orders, String sku, String name) {
    }

    /** One customer's sales over everything the report tables keep. */
    public record CustomerSales(long customerId, long orders, BigDecimal revenueTaxIncl, LocalDate firstOrder,
                                LocalDate lastOrder) {
    }
}

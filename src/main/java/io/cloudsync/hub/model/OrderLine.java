package io.cloudsync.hub.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of an order ({@code associations.order_rows}). Unit prices keep the store's six decimals (a price
 * without tax often needs them); line totals are unit price × quantity, rounded to two decimals.
 *
 * @param combinationId the combination sold, 0 for a product without combinations
 * @param sku           the reference the line was sold under (the combination's, else the product's)
 * @param name          the name as the order shows it, in the customer's language ("T-shirt - Size : M")
 */
public record OrderLine(
        long lineId,
        long productId,
        long combinationId,
        String sku,
        String name,
        int quantity,
        BigDecimal unitPriceTaxIncl,
        BigDecimal unitPriceTaxExcl,
        BigDecimal totalTaxIncl,
        BigDecimal totalTaxExcl) {

    public OrderLine {
        sku = sku == null ? "" : sku.trim();
        name = name == null ? "" : name;
        unitPriceTaxIncl = unit(unitPriceTaxIncl);
        unitPriceTaxExcl = unit(unitPriceTaxExcl);
        totalTaxIncl = OrderTotals.money(totalTaxIncl);
        totalTaxExcl = OrderTotals.money(totalTaxExcl);
    }

    /** A line from its unit prices: the totals are unit price × quantity. */
    public static OrderLine of(long lineId, long productId, long combinationId, String sku, String name, int quantity,
                               BigDecimal unitPriceTaxIncl, BigDecimal unitPriceTaxExcl) {
        BigDecimal units = BigDecimal.valueOf(quantity);
        return new OrderLine(lineId, productId, combinationId, sku, name, quantity, unitPriceTaxIncl, unitPriceTaxExcl,
                unit(unitPriceTaxIncl).multiply(units), unit(unitPriceTaxExcl).multiply(units));
    }

    private static BigDecimal unit(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(6) : value.setScale(6, RoundingMode.HALF_UP);
    }
}

package io.cloudsync.hub.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a marketplace order ({@code items}).
 *
 * @param productId   MarketSync's product id
 * @param sku         the variation's seller SKU: what the store knows the product by
 * @param unitPrice   the unit price the buyer paid, tax included ({@code precio})
 * @param total       unit price × quantity
 * @param fulfillment the marketplace ships this line from its own warehouse: it does not come out of the seller's
 *                    stock
 */
public record MarketplaceOrderLine(
        long lineId,
        long productId,
        String sku,
        String model,
        String description,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal total,
        String colour,
        String variation,
        boolean fulfillment) {

    public MarketplaceOrderLine {
        sku = sku == null ? "" : sku.trim();
        model = model == null ? "" : model;
        description = description == null ? "" : description;
        colour = colour == null ? "" : colour;
        variation = variation == null ? "" : variation;
        unitPrice = money(unitPrice);
        total = money(total);
    }

    /** A line from its unit price: the total is unit price × quantity. */
    public static MarketplaceOrderLine of(long lineId, long productId, String sku, String model, String description,
                                          int quantity, BigDecimal unitPrice, String colour, String variation,
                                          boolean fulfillment) {
        BigDecimal unit = money(unitPrice);
        return new MarketplaceOrderLine(lineId, productId, sku, model, description, quantity, unit,
                unit.multiply(BigDecimal.valueOf(quantity)), colour, variation, fulfillment);
    }

    /** Amounts keep two decimals, as MarketSync sends them. */
    static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }
}

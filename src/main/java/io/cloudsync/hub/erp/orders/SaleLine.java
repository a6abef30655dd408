package io.cloudsync.hub.erp.orders;

import java.math.BigDecimal;

/**
 * One line of a sale: the product by its code (the order line's SKU), units, and the unit price without tax.
 *
 * @param description what the order called it (the store's line name, the marketplace's description)
 */
public record SaleLine(String sku, int quantity, BigDecimal unitPrice, String description) {

    public SaleLine {
        sku = sku == null ? "" : sku.strip();
        description = description == null ? "" : description.strip();
        unitPrice = unitPrice == null ? BigDecimal.ZERO : unitPrice;
    }
}

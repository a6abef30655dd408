package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.config.ConfigException;

/**
 * How often the activity generator's orders sell a product down to the hub's low-stock threshold, so that a demo
 * shows low-stock situations within minutes.
 *
 * @param sharePercent of the generated orders, the percentage (0-100) that sells one product down to
 *                     {@code threshold} units or fewer
 * @param threshold    the stock level such a sale leaves at most ({@code hub.inventory.low-stock-threshold})
 */
public record LowStockSales(int sharePercent, int threshold) {

    /** No low-stock sales: every generated order is a random one. */
    public static final LowStockSales NONE = new LowStockSales(0, 0);

    public LowStockSales {
        if (sharePercent < 0 || sharePercent > 100) {
            throw new ConfigException("hub.sandbox.low-stock-share must be between 0 and 100, got " + sharePercent);
        }
        if (threshold < 0) {
            throw new ConfigException("hub.inventory.low-stock-threshold must not be negative, got " + threshold);
        }
    }
}

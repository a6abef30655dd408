package io.cloudsync.hub.sandbox.store.model;

/**
 * A {@code ps_stock_available} row: one per combination, plus the product row ({@code combinationId} 0) that holds
 * the sum when the product has combinations. No timestamp.
 */
public record StockAvailable(int id, int productId, int combinationId, int quantity, boolean dependsOnStock,
                             int outOfStock, String location) {

    public StockAvailable withQuantity(int value) {
        return new StockAvailable(id, productId, combinationId, value, dependsOnStock, outOfStock, location);
    }

    public StockAvailable with(int value, boolean dependsOn, int outOfStockMode, String where) {
        return new StockAvailable(id, productId, combinationId, value, dependsOn, outOfStockMode, where);
    }
}

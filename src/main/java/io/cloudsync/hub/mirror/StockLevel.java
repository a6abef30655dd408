package io.cloudsync.hub.mirror;

/** A quantity read from the store's stock_availables. */
public record StockLevel(long productId, long combinationId, int quantity) {

    public StockKey key() {
        return new StockKey(productId, combinationId);
    }
}

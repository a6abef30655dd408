package io.cloudsync.hub.mirror;

/**
 * A quantity read from the store's stock_availables.
 *
 * @param stockId the stock_availables line's own id; 0 when not known
 */
public record StockLevel(long productId, long combinationId, int quantity, long stockId) {

    public StockLevel(long productId, long combinationId, int quantity) {
        this(productId, combinationId, quantity, 0);
    }

    public StockKey key() {
        return new StockKey(productId, combinationId);
    }
}

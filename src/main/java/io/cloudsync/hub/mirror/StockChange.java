package io.cloudsync.hub.mirror;

/** A quantity that differs from the last snapshot; {@code previousQuantity} is null for a line seen first. */
public record StockChange(long productId, long combinationId, Integer previousQuantity, int quantity) {

    public boolean isNew() {
        return previousQuantity == null;
    }
}

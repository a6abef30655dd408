package io.cloudsync.hub.mirror;

/** A stock line: a product, or one of its combinations ({@code combinationId} 0 is the product itself). */
public record StockKey(long productId, long combinationId) {
}

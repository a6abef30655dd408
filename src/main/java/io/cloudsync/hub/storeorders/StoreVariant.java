package io.cloudsync.hub.storeorders;

/** What a seller SKU is in the store: a product, and its combination (0 for a product without combinations). */
public record StoreVariant(long productId, long combinationId) {
}

package io.cloudsync.hub.sandbox.store.webservice;

/** What a computed price is for: a product, or one combination of it (0: none). */
record PriceTarget(int productId, int combinationId) {
}

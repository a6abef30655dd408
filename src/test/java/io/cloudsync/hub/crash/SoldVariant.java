package io.cloudsync.hub.crash;

/** A variation the drill sells: its seller SKU, its product's SKU in MarketSync, and its store product/combination. */
record SoldVariant(String sku, String parentSku, long productId, long combinationId) {
}

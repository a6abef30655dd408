package io.cloudsync.hub.erp.stock;

import java.time.Instant;

/**
 * A stock line of the store as the hub mirrors it: the seller SKU of a product without combinations or of one
 * combination, where the store keeps its stock ({@code combinationId} 0 is the product itself), the quantity the
 * stock snapshot last read, and when the snapshot last changed it.
 */
public record StoreSkuLine(String sku, long productId, long combinationId, int storeQuantity, Instant readAt) {
}

package io.cloudsync.hub.erp.stock;

/**
 * A stock line of the store as the hub mirrors it: the seller SKU of a product without combinations or of one
 * combination, where the store keeps its stock ({@code combinationId} 0 is the product itself), and the quantity
 * the stock snapshot last read.
 */
public record StoreSkuLine(String sku, long productId, long combinationId, int storeQuantity) {
}

package io.cloudsync.hub.erp.stock;

/**
 * One store stock line to set: what the store showed ({@code storeQuantity}) and what it is to show
 * ({@code quantity}). As a dead letter's body it is the JSON of this record, which a replay writes again.
 */
public record StoreStockWrite(String sku, long productId, long combinationId, int storeQuantity, int quantity) {
}

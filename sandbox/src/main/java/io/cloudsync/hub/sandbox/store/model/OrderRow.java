package io.cloudsync.hub.sandbox.store.model;

/** One line of an order ({@code order_rows}); prices in millionths. */
public record OrderRow(int id, int productId, int combinationId, int quantity, String productName,
                       String productReference, String productEan13, long productPriceMicros,
                       long unitPriceTaxInclMicros, long unitPriceTaxExclMicros) {
}

package io.cloudsync.hub.sandbox.store.model;

/** One line of a cart. */
public record CartRow(int productId, int combinationId, int addressDeliveryId, int quantity) {
}

package io.cloudsync.hub.sandbox.store.model;

/** One status change of an order. */
public record OrderHistory(int id, int employeeId, int orderStateId, int orderId, long dateAdd) {
}

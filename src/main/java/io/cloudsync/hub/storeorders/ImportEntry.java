package io.cloudsync.hub.storeorders;

/** One row of the import ledger; a store id of 0 means "not created yet". */
public record ImportEntry(long marketsyncId, int marketId, String referencia, ImportState state, long customerId,
                          long addressId, long cartId, long orderId) {
}

package io.cloudsync.hub.erp.stock;

/**
 * One thing the inventory automation does for a store line, as it travels through the route (and, failing, as a
 * dead letter's JSON body): write the store ({@code store-updated}, {@code received}) or raise a purchase request
 * ({@code purchase-requested}, whose decision row {@code decisionId} is already written).
 *
 * @param quantity the store's new quantity, or the units to request
 */
public record InventoryStep(long decisionId, String action, String sku, long productId, long combinationId,
                            int storeQuantity, int threshold, int available, int quantity, long trytonProduct) {

    public boolean writesStore() {
        return !ReplenishmentRule.Action.PURCHASE_REQUESTED.label().equals(action);
    }
}

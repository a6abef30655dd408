package io.cloudsync.hub.erp.stock;

import java.time.Instant;

/**
 * A recorded decision of the inventory automation (table inventory_decision). A {@code purchase-requested} one is a
 * shortage: open while {@code closedAt} is null; {@code trytonModel}/{@code trytonId} name the purchase.request.
 */
public record InventoryDecision(long id, String sku, long productId, long combinationId, int storeQuantity,
                                int threshold, int trytonAvailable, String action, int quantity, long trytonProduct,
                                String trytonModel, Long trytonId, Instant decidedAt, Instant openedAt,
                                Instant closedAt) {

    public boolean open() {
        return openedAt != null && closedAt == null;
    }
}

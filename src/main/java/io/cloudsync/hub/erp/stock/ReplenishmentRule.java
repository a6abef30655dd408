package io.cloudsync.hub.erp.stock;

/**
 * What the inventory automation does with one store line (pure; {@code routes/erp-tryton-inventory.camel.yaml}).
 * The threshold is the hub's ({@code hub.inventory.low-stock-threshold}) unless Tryton has an order point for the
 * product, whose minimum wins.
 * <ul>
 *   <li>A shortage is open (a purchase request raised, not received yet): when Tryton's available quantity rises
 *       above what the store shows, the purchase arrived: write it to the store and close the shortage
 *       ({@link Action#RECEIVED}); otherwise wait — never a second request.</li>
 *   <li>The store shows the threshold or less: if Tryton has more available than the store shows, write it
 *       ({@link Action#STORE_UPDATED}); otherwise raise a purchase request ({@link Action#PURCHASE_REQUESTED}) for
 *       the order point's target less what is available, or twice the threshold less it without one (at least 1).</li>
 *   <li>Otherwise nothing.</li>
 * </ul>
 */
public final class ReplenishmentRule {

    private ReplenishmentRule() {
    }

    public enum Action {
        NONE("none"), STORE_UPDATED("store-updated"), PURCHASE_REQUESTED("purchase-requested"), RECEIVED("received"),
        /** Not the rule's: the shortage's request was cancelled or deleted in Tryton, so the shortage is closed. */
        REQUEST_CANCELLED("request-cancelled");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        /** The name recorded and shown (Admin API, dashboard). */
        public String label() {
            return label;
        }
    }

    /**
     * @param quantity what the store is to show (a store write), or how many units to request (a purchase request)
     */
    public record Decision(Action action, int threshold, int quantity) {
    }

    /** @param orderPoint Tryton's order point of the product, or null */
    public static int threshold(int hubThreshold, OrderPoint orderPoint) {
        return orderPoint == null ? hubThreshold : orderPoint.minQuantity();
    }

    /** @param orderPoint Tryton's order point of the product, or null */
    public static Decision decide(int storeQuantity, int available, int hubThreshold, OrderPoint orderPoint,
                                  boolean shortageOpen) {
        int threshold = threshold(hubThreshold, orderPoint);
        if (shortageOpen) {
            return available > storeQuantity ? new Decision(Action.RECEIVED, threshold, available)
                    : new Decision(Action.NONE, threshold, 0);
        }
        if (storeQuantity > threshold) {
            return new Decision(Action.NONE, threshold, 0);
        }
        if (available > storeQuantity) {
            return new Decision(Action.STORE_UPDATED, threshold, available);
        }
        int target = orderPoint == null ? 2 * threshold : orderPoint.targetQuantity();
        return new Decision(Action.PURCHASE_REQUESTED, threshold, Math.max(1, target - available));
    }
}

package io.cloudsync.hub.sandbox.marketsync.catalogue;

import java.util.List;

/**
 * The order status words one marketplace knows (PUT pedidos refuses any other, compared exactly as written), the
 * word a new paid order arrives with, and the words that mean the sale did not happen (its units are no longer
 * deducted from {@code teorico}). From the status table of MarketSync's pedidos controller.
 */
public record OrderStatuses(String initial, List<String> all, List<String> cancelled) {

    public OrderStatuses {
        all = List.copyOf(all);
        cancelled = List.copyOf(cancelled);
        if (!all.contains(initial) || !all.containsAll(cancelled)) {
            throw new IllegalArgumentException("statuses " + all + " must hold " + initial + " and " + cancelled);
        }
    }

    public boolean knows(String estatus) {
        return all.contains(estatus);
    }

    public boolean cancels(String estatus) {
        return cancelled.contains(estatus);
    }

    /** The word the marketplace uses when it cancels an order, if it has one. */
    public java.util.Optional<String> cancellation() {
        return cancelled.stream().findFirst();
    }
}

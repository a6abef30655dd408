package io.cloudsync.hub.storeorders;

import java.util.List;

/**
 * What handling one marketplace order did. {@code reasons} are filled for {@link Kind#DEAD} only: every reason the
 * catalogue or the store refused it.
 */
public record ImportOutcome(long marketsyncId, Kind kind, long storeOrderId, List<String> reasons) {

    public enum Kind {
        /** The store order was created now (or found by its cart after a crash). */
        CREATED,
        /** Nothing to do: already in the store, cancelled, or shipped by the marketplace. */
        UNCHANGED,
        /** Not paid yet: it comes again when it changes. */
        WAITING,
        /** Cancelled now: in the store (a state change), or before it was ever created. */
        CANCELLED,
        /** Refused: a dead letter. */
        DEAD
    }

    public ImportOutcome {
        reasons = List.copyOf(reasons);
    }

    static ImportOutcome of(long marketsyncId, Kind kind, long storeOrderId) {
        return new ImportOutcome(marketsyncId, kind, storeOrderId, List.of());
    }

    static ImportOutcome dead(long marketsyncId, List<String> reasons) {
        return new ImportOutcome(marketsyncId, Kind.DEAD, 0, reasons);
    }
}

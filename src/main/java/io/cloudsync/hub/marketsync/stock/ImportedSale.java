package io.cloudsync.hub.marketsync.stock;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a marketplace order as the stock cut-off needs it: its SKU and units, when MarketSync registered
 * the order (the time it compares with the cut-off, an instant converted from Mexico City local time), and when
 * the hub recorded that the store holds it (null while it is not imported). The hub records {@code importedAt}
 * only after the store created the order, so a store count read after {@code importedAt} includes its decrement.
 */
public record ImportedSale(String sku, int units, Instant registeredAt, Instant importedAt) {

    public ImportedSale {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (units < 0) {
            throw new IllegalArgumentException("units must be 0 or more");
        }
    }

    public boolean imported() {
        return importedAt != null;
    }

    /** Registered strictly after the cut-off: MarketSync deducts it (strictly: see {@link CutoffMove}). */
    public boolean registeredAfter(Instant cutoff) {
        return registeredAt.isAfter(cutoff);
    }
}

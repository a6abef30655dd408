package io.cloudsync.hub.marketsync.stock;

import java.time.Instant;
import java.util.Optional;

/**
 * The hub's knowledge of MarketSync's one account-wide stock cut-off date ({@code POST stock {update_stock}}).
 * {@code current} is the cut-off MarketSync is known to apply; {@code pending} is a later cut-off being moved to
 * (see {@link CutoffMove}): from the moment it is set until MarketSync has it, every stock figure is computed
 * against it, because a figure for the later cut-off is at or below the truth under either date, while a figure
 * for the earlier one is too high once MarketSync moves.
 *
 * @param current the cut-off MarketSync applies as far as the hub knows; null before the hub ever set one
 * @param pending the cut-off being moved to, not yet confirmed by MarketSync; null when no move is under way
 */
public record StockCutoff(Instant current, Instant pending) {

    public StockCutoff {
        if (current != null && pending != null && !pending.isAfter(current)) {
            throw new IllegalArgumentException("a pending cut-off " + pending + " must be after the current " + current);
        }
    }

    public static StockCutoff none() {
        return new StockCutoff(null, null);
    }

    /** The cut-off stock figures are computed against: the pending one during a move, else the current one. */
    public Optional<Instant> basis() {
        return Optional.ofNullable(pending != null ? pending : current);
    }

    public boolean moving() {
        return pending != null;
    }

    /** A move to {@code next} begins (or goes on, after a crash, with the same target). */
    public StockCutoff begin(Instant next) {
        if (pending != null && !pending.equals(next)) {
            throw new IllegalStateException("a move to " + pending + " is under way; it must end before another begins");
        }
        return new StockCutoff(current, next);
    }

    /** MarketSync accepted the pending cut-off. */
    public StockCutoff completed() {
        if (pending == null) {
            throw new IllegalStateException("no move is under way");
        }
        return new StockCutoff(pending, null);
    }
}

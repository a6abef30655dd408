package io.cloudsync.hub.marketsync.stock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moving MarketSync's one stock cut-off from C to a later T without ever showing more stock than there is.
 * <p>
 * <b>Why move at all.</b> With C fixed, every figure carries the imported sales since C ({@link StockFigures}):
 * correct, but the sum and MarketSync's own count grow without end. Moving C forward keeps both small.
 * <p>
 * <b>Which SKUs a move touches.</b> Once MarketSync applies T, it no longer deducts the orders registered in
 * (C, T]; a figure computed for C still holds their units (through the store count or the addition), so
 * MarketSync would show them again: too much stock. A figure for T is right under T and, under C, lower than the
 * truth by exactly those units. So the SKUs with an order registered in (C, T] — and only those; for every other
 * SKU the figures for C and T are equal — must be pushed with figures for T <em>before</em> T is posted. A first
 * move (no C known: MarketSync's date is whatever it was) must cover every SKU MarketSync holds stock for.
 * <p>
 * <b>The stages.</b> (1) T is persisted as pending ({@link StockCutoff#begin}); from then on every push, the
 * move's own and any other, computes figures for T. (2) The touched SKUs are pushed; the move may post only when
 * each of them was pushed with a store count read after every (C, T] sale of that SKU was recorded as imported
 * ({@link #notReady}) — else the count could lack an import whose units the figure for T no longer adds.
 * (3) {@code POST stock {update_stock: T}}. (4) T becomes current. A crash before (3) leaves MarketSync on C with
 * figures at or below the truth, and the move resumes with the same T; a crash between (3) and (4) repeats (2)
 * and (3), which are idempotent. Pushes for C that are still in flight when the move begins must be over before
 * (3): the hub's MarketSync sink takes change sets one at a time, and the move runs as one of them.
 * <p>
 * <b>Which T.</b> Every order registered at or before T must already be in the store, and none may appear later
 * with a registration time at or before T. So T is at most (a) the MarketSync time up to which the hub has seen
 * every order ({@code knownThrough}, read from MarketSync's own answers, never the hub's clock: MarketSync
 * registers and compares in Mexico City local time on its own server), minus a settle margin for orders
 * registered but not yet listed, and (b) just before the oldest known order not yet imported. Orders registered
 * while the move is in flight are after T, so both figures and MarketSync count them; imports landing during the
 * move are of orders after T and leave the figures unchanged. T is cut to whole seconds (MarketSync's dates have
 * seconds) and must be after C. The hub counts a sale as deducted only if registered strictly after the
 * cut-off; should MarketSync also deduct an order registered exactly at it, that order is imported (it is at or
 * before T) and is deducted once more: lower, never higher. A wall-clock time made ambiguous by a daylight-saving
 * change is never sent.
 */
public final class CutoffMove {

    private CutoffMove() {
    }

    /**
     * The cut-off to move to: the pending one while a move is under way, else the latest safe time after the
     * current cut-off, or empty when there is none yet.
     *
     * @param knownThrough     MarketSync time up to which every registered order is known to the hub
     * @param oldestUnimported registration time of the oldest known order the store does not hold yet (not
     *                         counting cancelled ones)
     * @param settleMargin     how long MarketSync may take to list an order it registered
     */
    public static Optional<Instant> target(StockCutoff state, Instant knownThrough, Optional<Instant> oldestUnimported,
                                           Duration settleMargin) {
        if (state.moving()) {
            return Optional.of(state.pending());
        }
        if (knownThrough == null) {
            return Optional.empty();
        }
        Instant limit = knownThrough.minus(settleMargin);
        if (oldestUnimported.isPresent() && !oldestUnimported.get().isAfter(limit)) {
            limit = oldestUnimported.get().minusSeconds(1);
        }
        Instant candidate = limit.truncatedTo(ChronoUnit.SECONDS);
        while (!MarketSyncTime.unambiguous(candidate)) {
            candidate = candidate.minus(Duration.ofHours(1));
        }
        if (state.current() != null && !candidate.isAfter(state.current())) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * The SKUs a move from {@code from} to {@code to} must push first: those with a sale registered in
     * (from, to]. (A first move, {@code from} null, must push every SKU: the caller knows them.)
     */
    public static Set<String> touchedSkus(Instant from, Instant to, Collection<ImportedSale> sales) {
        Set<String> skus = new TreeSet<>();
        for (ImportedSale sale : sales) {
            if (inMove(from, to, sale)) {
                skus.add(sale.sku());
            }
        }
        return skus;
    }

    /**
     * Why {@code to} may not be posted yet, or empty when it may: every sale registered in (from, to] must be
     * imported, and the store count its SKU was last pushed with must have been read after that import was
     * recorded.
     *
     * @param pushedCountReadAt per touched SKU, when the store count of its last push for {@code to} was read
     *                          (absent: not pushed for {@code to} yet)
     */
    public static Optional<String> notReady(Instant from, Instant to, Map<String, Instant> pushedCountReadAt,
                                            Collection<ImportedSale> sales) {
        for (ImportedSale sale : sales) {
            if (!inMove(from, to, sale)) {
                continue;
            }
            if (!sale.imported()) {
                return Optional.of("an order of SKU " + sale.sku() + " registered at " + sale.registeredAt()
                        + " is not in the store yet");
            }
            Instant readAt = pushedCountReadAt.get(sale.sku());
            if (readAt == null) {
                return Optional.of("SKU " + sale.sku() + " was not pushed for the cut-off " + to + " yet");
            }
            if (sale.importedAt().isAfter(readAt)) {
                return Optional.of("SKU " + sale.sku() + " was pushed with a store count read before an import"
                        + " recorded at " + sale.importedAt());
            }
        }
        return Optional.empty();
    }

    private static boolean inMove(Instant from, Instant to, ImportedSale sale) {
        return (from == null || sale.registeredAfter(from)) && !sale.registeredAt().isAfter(to);
    }
}

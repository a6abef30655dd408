package io.cloudsync.hub.marketsync.sink;

import java.util.Map;
import java.util.Set;

/**
 * What the hub wants of a product's publication, known when its plan is made: MarketSync's active markets, those
 * the product is not wanted on (all of them for a product deactivated in the store; those the mapping excludes it
 * from), and the state the hub last sent on each market (the sink ledger).
 */
public record PublicationIntent(Set<Long> markets, Set<Long> unwanted, Map<Long, PublicationState> lastSent) {

    public PublicationIntent {
        markets = Set.copyOf(markets);
        unwanted = Set.copyOf(unwanted);
        lastSent = Map.copyOf(lastSent);
    }

    /**
     * Whether a state change may be due: a market the product is not wanted on that the hub has not suspended, or
     * one it is wanted on again that the hub did suspend. When not, and nothing else changed, the product needs no
     * call at all (not even the look-up that reads its states).
     */
    public boolean mayChange() {
        return markets.stream().anyMatch(market -> unwanted.contains(market)
                != (lastSent.get(market) == PublicationState.SUSPENDER));
    }

    /** No markets known: nothing driven, nothing held back. */
    public static PublicationIntent none() {
        return new PublicationIntent(Set.of(), Set.of(), Map.of());
    }
}

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

    /** No markets known: nothing driven, nothing held back. */
    public static PublicationIntent none() {
        return new PublicationIntent(Set.of(), Set.of(), Map.of());
    }
}

package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A product's publication on MarketSync's active marketplaces for one delivery run: the state MarketSync reports on
 * each ({@code publicar} where it reports none), the changes the hub drives, and from both what the run may send.
 * <p>
 * The hub drives two changes, each sent once (the sink ledger records the last one it sent per market):
 * {@code suspender} where the product is not wanted (deactivated in the store, or excluded from that market by the
 * mapping) and not already suspended; {@code publicar} where it is wanted again and still suspended by the hub. A
 * suspension the seller set in MarketSync is never lifted by the hub, and a hub suspension the seller has already
 * lifted is released (forgotten) rather than fought.
 * <p>
 * MarketSync's stock is per variation, not per market, so it is sent when at least one active market takes the
 * seller's stock ({@code publicar}, {@code agotar}, {@code parcial}): MarketSync itself keeps it from
 * {@code fulfillment} and suspended markets. The same holds for content: sent when one market takes it. The markets
 * weighed are the active ones (those MarketSync reports on when none is known); with neither, nothing is held back.
 */
public final class Publication {

    private final Set<Long> markets;
    private final Map<Long, PublicationState> reported;
    private final Map<Long, PublicationState> changes = new LinkedHashMap<>();
    private final Set<Long> released = new LinkedHashSet<>();

    private Publication(Set<Long> markets, Map<Long, PublicationState> reported) {
        this.reported = Map.copyOf(reported);
        this.markets = Set.copyOf(markets.isEmpty() ? reported.keySet() : markets);
    }

    /**
     * @param intent   the active markets, those the product is not wanted on, and the states the hub last sent
     * @param reported the states MarketSync reports, by market id (empty when it was not read, or for a new product)
     */
    public static Publication of(PublicationIntent intent, Map<Long, PublicationState> reported) {
        Publication publication = new Publication(intent.markets(), reported);
        for (long market : intent.markets()) {
            PublicationState now = publication.reported(market);
            PublicationState lastSent = intent.lastSent().get(market);
            if (intent.unwanted().contains(market)) {
                if (now != PublicationState.SUSPENDER && lastSent != PublicationState.SUSPENDER) {
                    publication.changes.put(market, PublicationState.SUSPENDER);
                }
            } else if (lastSent == PublicationState.SUSPENDER) {
                if (now == PublicationState.SUSPENDER) {
                    publication.changes.put(market, PublicationState.PUBLICAR);
                } else {
                    publication.released.add(market);
                }
            }
        }
        return publication;
    }

    /** The states in a {@code GET productos} product: {@code precios[].estado}, by market id ({@code id}). */
    public static Map<Long, PublicationState> reportedIn(JsonNode product) {
        Map<Long, PublicationState> states = new LinkedHashMap<>();
        for (JsonNode price : product.path("precios")) {
            long market = price.path(price.has("market_id") ? "market_id" : "id").asLong(-1);
            PublicationState.ofAction(price.path("estado").asText()).filter(state -> market > 0)
                    .ifPresent(state -> states.put(market, state));
        }
        return states;
    }

    /** The state changes to send in this run, by market id. */
    public Map<Long, PublicationState> changes() {
        return Collections.unmodifiableMap(changes);
    }

    /** Markets where the hub's suspension was lifted by the seller: the hub's record of it is dropped. */
    public Set<Long> released() {
        return Collections.unmodifiableSet(released);
    }

    /** The state a market is in once this run's changes are made. */
    public PublicationState effective(long market) {
        return changes.getOrDefault(market, reported(market));
    }

    /** Whether the listing's content (columns, variations) may be sent. */
    public boolean takesContent() {
        return markets.isEmpty() || markets.stream().anyMatch(market -> effective(market).takesContent());
    }

    /** Whether the seller's stock may be sent (one market at least still takes it). */
    public boolean takesStock() {
        return markets.isEmpty() || markets.stream().anyMatch(market -> effective(market).takesStock());
    }

    /** Whether anything concerning this market (its price, a sell-out) may be sent. */
    public boolean takesPrice(long market) {
        return effective(market).takesPrice();
    }

    private PublicationState reported(long market) {
        return reported.getOrDefault(market, PublicationState.PUBLICAR);
    }
}

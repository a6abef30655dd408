package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.http.CallRetry;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * MarketSync's catalogues (categories, the attributes of every category the mapping can choose, base colours,
 * countries, active marketplaces), read once and kept for {@code ttl}: they change rarely, and every product
 * is mapped and validated against them.
 */
public final class MarketSyncCatalogueSource {

    private final MarketSyncClient client;
    private final CallRetry retry;
    private final MarketSyncMapping mapping;
    private final Duration ttl;
    private final Clock clock;
    private MarketSyncCatalogue cached;
    private Instant readAt;

    public MarketSyncCatalogueSource(MarketSyncClient client, MarketSyncMapping mapping, Duration ttl, Clock clock,
                                     CallRetry retry) {
        this.client = client;
        this.retry = retry;
        this.mapping = mapping;
        this.ttl = ttl;
        this.clock = clock;
    }

    public synchronized MarketSyncCatalogue get() {
        Instant now = clock.instant();
        if (cached == null || readAt.plus(ttl).isBefore(now)) {
            cached = read();
            readAt = now;
        }
        return cached;
    }

    /** One catalogue call, retried on its own: a flaky MarketSync must not make the whole read start again. */
    private JsonNode get(String controller, Map<String, String> params) {
        return retry.call(() -> client.get(controller, params));
    }

    private MarketSyncCatalogue read() {
        Set<Long> categories = new LinkedHashSet<>(mapping.categories().values());
        mapping.defaultCategory().ifPresent(categories::add);
        JsonNode categorias = get("categorias", Map.of());
        Set<Long> known = MarketSyncCatalogue.fromAnswers(categorias, Map.of(), null, null, null).categories().keySet();
        Map<Long, JsonNode> attributes = new LinkedHashMap<>();
        for (long category : categories) {
            // a category MarketSync does not have is the mapping's mistake, reported by validation and `check`
            if (known.contains(category)) {
                attributes.put(category, get("categorias/atributos/" + category, Map.of()));
            }
        }
        return MarketSyncCatalogue.fromAnswers(categorias, attributes, get("colores", Map.of()),
                get("paises", Map.of()), get("markets", Map.of()));
    }
}

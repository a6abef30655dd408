package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bean {@code trytonReferences}: the ids of Tryton's reference data the ERP flows write against — the user's
 * company, the warehouse of {@code hub.erp.tryton.warehouse}, the unit of measure "Unit", the
 * product category of {@code hub.erp.tryton.category} (made when missing), the supplier of
 * {@code hub.erp.tryton.supplier}, countries by ISO code (made when missing: a new Tryton has none). Each is looked
 * up once and kept; {@link #forget()} drops them (another database, a test).
 */
public final class TrytonReferences {

    private final TrytonCalls tryton;
    private final TrytonSettings settings;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    public TrytonReferences(TrytonCalls tryton, TrytonSettings settings) {
        this.tryton = tryton;
        this.settings = settings;
    }

    public long company() {
        return ids.computeIfAbsent("company", key -> {
            long company = TrytonValues.id(tryton.call(TrytonCall.model("res.user", "get_preferences", true))
                    .get("company"));
            if (company < 0) {
                throw new TrytonException(TrytonException.Kind.REFUSED, "Tryton user " + settings.user()
                        + " has no company");
            }
            return company;
        });
    }

    public long warehouse() {
        return ids.computeIfAbsent("warehouse", key -> {
            JsonNode found = tryton.call(TrytonCall.model("stock.location", "search_read",
                    List.of(List.of("code", "=", settings.warehouse()), List.of("type", "=", "warehouse")), 0, 1, null,
                    List.of("id")));
            if (found.isEmpty()) {
                throw new TrytonException(TrytonException.Kind.REFUSED, "Tryton has no warehouse with code "
                        + settings.warehouse() + " (hub.erp.tryton.warehouse)");
            }
            return found.get(0).path("id").asLong();
        });
    }

    /** The unit of measure "Unit" (symbol u) of the product module. */
    public long unit() {
        return ids.computeIfAbsent("unit", key -> first(tryton.call(TrytonCall.model("product.uom", "search_read",
                List.of(List.of("symbol", "=", "u")), 0, 1, null, List.of("id"))), "the unit of measure Unit"));
    }

    /** The product category of {@code hub.erp.tryton.category}, made when missing; empty when that key is empty. */
    public Optional<Long> category() {
        if (settings.category().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ids.computeIfAbsent("category", key -> {
            JsonNode found = tryton.call(TrytonCall.model("product.category", "search_read",
                    List.of(List.of("name", "=", settings.category())), 0, 1, null, List.of("id")));
            if (!found.isEmpty()) {
                return found.get(0).path("id").asLong();
            }
            return tryton.call(TrytonCall.model("product.category", "create",
                    List.of(Map.of("name", settings.category())))).get(0).asLong();
        }));
    }

    /** The party of {@code hub.erp.tryton.supplier}; empty when that key is empty. */
    public Optional<Long> supplier() {
        if (settings.supplier().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ids.computeIfAbsent("supplier", key -> first(tryton.call(TrytonCall.model("party.party",
                "search_read", List.of(List.of("name", "=", settings.supplier())), 0, 1, null, List.of("id"))),
                "the supplier party " + settings.supplier() + " (hub.erp.tryton.supplier)")));
    }

    /** The country of an ISO 3166 code, made when missing (a new Tryton has no countries). */
    public long country(String isoCode, String name) {
        String code = isoCode.strip().toUpperCase(java.util.Locale.ROOT);
        return ids.computeIfAbsent("country:" + code, key -> {
            JsonNode found = tryton.call(TrytonCall.model("country.country", "search_read",
                    List.of(List.of("code", "=", code)), 0, 1, null, List.of("id")));
            if (!found.isEmpty()) {
                return found.get(0).path("id").asLong();
            }
            return tryton.call(TrytonCall.model("country.country", "create",
                    List.of(Map.of("code", code, "name", name == null || name.isBlank() ? code : name))))
                    .get(0).asLong();
        });
    }

    public void forget() {
        ids.clear();
    }

    private long first(JsonNode rows, String what) {
        if (rows == null || rows.isEmpty()) {
            throw new TrytonException(TrytonException.Kind.REFUSED, "Tryton has no " + what);
        }
        return rows.get(0).path("id").asLong();
    }
}

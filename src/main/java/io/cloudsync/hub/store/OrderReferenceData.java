package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.OrderStatus;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What orders refer to by id, read once per ingest run: the shop's time zone ({@code PS_TIMEZONE}), its order
 * states with their flags and names, which states are the cancelled, refunded and payment-error ones, and the
 * currencies' ISO codes.
 */
public record OrderReferenceData(ZoneId zone, Map<Long, OrderStatus> states, long cancelledState, long refundedState,
                                 long errorState, Map<Long, String> currencies) {

    /** PrestaShop's configuration keys of the states that are not sales, and their ids in a default installation. */
    static final Map<String, Long> NOT_SALES = Map.of("PS_OS_CANCELED", 6L, "PS_OS_REFUND", 7L, "PS_OS_ERROR", 8L);

    public OrderReferenceData {
        states = Map.copyOf(states);
        currencies = Map.copyOf(currencies);
    }

    /** Reads the states (names in {@code languageId}), the special states and the currencies from the store. */
    public static OrderReferenceData read(StoreClient client, ZoneId zone, int languageId) {
        Map<String, String> configuration = client.configurations(NOT_SALES.keySet());
        long cancelled = stateId(configuration, "PS_OS_CANCELED");
        long refunded = stateId(configuration, "PS_OS_REFUND");
        long error = stateId(configuration, "PS_OS_ERROR");
        List<JsonNode> rows = Lenient.rows(client.get("order_states", Map.of(
                "display", "[id,name,paid,shipped,delivery]", "language", Integer.toString(languageId))),
                "order_states");
        Map<Long, OrderStatus> states = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            long id = Lenient.integer(row.path("id"), -1);
            states.put(id, new OrderStatus(id, Lenient.text(row.path("name"), languageId), Lenient.bool(row.path("paid")),
                    Lenient.bool(row.path("shipped")), Lenient.bool(row.path("delivery")), id == cancelled,
                    id == refunded, id == error));
        }
        Map<Long, String> currencies = new LinkedHashMap<>();
        for (JsonNode row : Lenient.rows(client.get("currencies", Map.of("display", "[id,iso_code]")), "currencies")) {
            currencies.put(Lenient.integer(row.path("id"), -1), row.path("iso_code").asText(""));
        }
        return new OrderReferenceData(zone, states, cancelled, refunded, error, currencies);
    }

    /**
     * The state of an id; a state the shop added after this run started (or deleted) is known only by its id:
     * no flags, but still cancelled, refunded or an error when it is one of those.
     */
    public OrderStatus state(long id) {
        OrderStatus known = states.get(id);
        return known != null ? known
                : new OrderStatus(id, "", false, false, false, id == cancelledState, id == refundedState, id == errorState);
    }

    public String currency(long id) {
        return currencies.getOrDefault(id, "");
    }

    private static long stateId(Map<String, String> configuration, String name) {
        String value = configuration.getOrDefault(name, "").trim();
        return value.matches("\\d+") ? Long.parseLong(value) : NOT_SALES.get(name);
    }
}

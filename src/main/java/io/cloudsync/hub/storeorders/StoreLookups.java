package io.cloudsync.hub.storeorders;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreException;
import java.util.Map;
import java.util.Optional;

/** What the marketplace-order import reads from the store before it writes: each look-up is one Webservice GET. */
final class StoreLookups {

    private final StoreClient store;

    StoreLookups(StoreClient store) {
        this.store = store;
    }

    long currentState(long orderId) {
        return store.get("orders/" + orderId, Map.of("display", "[id,current_state]")).path("order")
                .path("current_state").asLong();
    }

    /** The customer's {@code secure_key}: PrestaShop does not fill it in on a cart written through the Webservice. */
    String secureKey(long customerId) {
        String key = store.get("customers/" + customerId, Map.of("display", "[id,secure_key]")).path("customer")
                .path("secure_key").asText("");
        if (key.isEmpty()) {
            // not worth retrying: the same key reads the same fields
            throw new StoreException(403, "the store tells no secure_key for customer " + customerId
                    + " (the Webservice key must be able to read the customers resource)");
        }
        return key;
    }

    /** The order PrestaShop made from this cart, if any: a cart becomes an order only once. */
    Optional<Long> orderOfCart(long cartId) {
        return firstId(store.get("orders", Map.of("filter[id_cart]", "[" + cartId + "]", "display", "[id]")),
                "orders");
    }

    Optional<Long> customerByEmail(String email) {
        return firstId(store.get("customers", Map.of("filter[email]", "[" + email + "]", "display", "[id]")),
                "customers");
    }

    Optional<Long> addressByAlias(long customerId, String alias) {
        return firstId(store.get("addresses", Map.of("filter[id_customer]", "[" + customerId + "]",
                "filter[alias]", "[" + alias + "]", "display", "[id]")), "addresses");
    }

    private static Optional<Long> firstId(JsonNode list, String plural) {
        for (JsonNode row : list.path(plural)) {
            long id = row.path("id").asLong();
            if (id > 0) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}

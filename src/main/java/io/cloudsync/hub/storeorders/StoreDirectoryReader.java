package io.cloudsync.hub.storeorders;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Reads the {@link StoreDirectory} from the store once and keeps it: the shop's defaults from its configuration
 * (a configured id wins), and the states of the addresses' country. A key without the right to {@code states}
 * (PrestaShop answers 401 for that resource) leaves the states unknown: addresses are then sent without one.
 */
public final class StoreDirectoryReader implements Supplier<StoreDirectory> {

    static final List<String> KEYS = List.of("PS_LANG_DEFAULT", "PS_CURRENCY_DEFAULT", "PS_CARRIER_DEFAULT",
            "PS_CUSTOMER_GROUP", "PS_COUNTRY_DEFAULT", "PS_OS_PAYMENT", "PS_OS_CANCELED", "PS_OS_ERROR");

    static final String CANCELLED_TEMPLATE = "order_canceled";
    /** PrestaShop's id of the Canceled state in a default installation. */
    static final long DEFAULT_CANCELLED_STATE = 6;
    /** PrestaShop's id of the Payment error state in a default installation. */
    static final long DEFAULT_PAYMENT_ERROR_STATE = 8;

    private final StoreClient store;
    private final ImportSettings settings;
    private volatile StoreDirectory directory;

    public StoreDirectoryReader(StoreClient store, ImportSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public StoreDirectory get() {
        StoreDirectory known = directory;
        if (known == null) {
            known = read();
            directory = known;
        }
        return known;
    }

    private StoreDirectory read() {
        Map<String, String> config = store.configurations(KEYS);
        long country = chosen(settings.countryId(), config, "PS_COUNTRY_DEFAULT", 0);
        return new StoreDirectory(chosen(0, config, "PS_LANG_DEFAULT", 1), chosen(0, config, "PS_CURRENCY_DEFAULT", 1),
                chosen(settings.carrierId(), config, "PS_CARRIER_DEFAULT", 0), chosen(0, config, "PS_CUSTOMER_GROUP", 3),
                country, states(country), chosen(settings.orderStateId(), config, "PS_OS_PAYMENT", 2),
                chosen(settings.cancelledStateId(), config, "PS_OS_CANCELED", this::cancelledByTemplate),
                chosen(0, config, "PS_OS_ERROR", DEFAULT_PAYMENT_ERROR_STATE));
    }

    /** A shop without {@code PS_OS_CANCELED}: its state whose mail template is PrestaShop's {@code order_canceled}. */
    private long cancelledByTemplate() {
        for (JsonNode row : store.get("order_states", Map.of("display", "[id,template]")).path("order_states")) {
            JsonNode template = row.path("template");
            String text = template.isArray() ? template.path(0).path("value").asText("") : template.asText("");
            if (text.equals(CANCELLED_TEMPLATE)) {
                return row.path("id").asLong();
            }
        }
        return DEFAULT_CANCELLED_STATE;
    }

    private Map<String, Long> states(long country) {
        Map<String, Long> states = new HashMap<>();
        if (country == 0) {
            return states;
        }
        JsonNode node;
        try {
            node = store.get("states", Map.of("filter[id_country]", "[" + country + "]",
                    "display", "[id,name,iso_code]"));
        } catch (StoreException e) {
            if (e.isTransient()) {
                throw e;
            }
            return states;
        }
        for (JsonNode row : node.path("states")) {
            long id = row.path("id").asLong();
            states.put(row.path("name").asText(""), id);
            states.put(row.path("iso_code").asText(""), id);
        }
        states.remove("");
        return states;
    }

    private static long chosen(long configured, Map<String, String> config, String key, long fallback) {
        return chosen(configured, config, key, () -> fallback);
    }

    private static long chosen(long configured, Map<String, String> config, String key, LongSupplier fallback) {
        if (configured > 0) {
            return configured;
        }
        String value = config.getOrDefault(key, "").strip();
        return value.matches("\\d+") ? Long.parseLong(value) : fallback.getAsLong();
    }
}

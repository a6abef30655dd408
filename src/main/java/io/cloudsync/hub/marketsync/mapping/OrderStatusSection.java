package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.config.YamlDocument;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping file's {@code orders} section: {@code status}, per MarketSync market id, the word sent for each
 * store order change ({@code shipped}, {@code delivered}, {@code cancelled}), over the defaults of
 * {@link OrderStatusWords}. An empty word sends nothing for that change. For a market of MarketSync's status
 * table, a word the market does not know is a problem (MarketSync would refuse every such update).
 */
final class OrderStatusSection {

    static final List<String> ORDER_KEYS = List.of("status");
    static final List<String> CHANGE_KEYS = List.of("shipped", "delivered", "cancelled");
    /** {@code estatus} holds at most 30 characters. */
    static final int MAX_WORD_LENGTH = 30;

    private OrderStatusSection() {
    }

    static OrderStatusWords read(JsonNode orders, MarketSyncMappingLoader.Reading reading) {
        if (!reading.isSection(orders, "orders")) {
            return OrderStatusWords.defaults();
        }
        reading.knownKeys(orders, "orders", ORDER_KEYS);
        JsonNode status = orders.get("status");
        Map<Long, Map<OrderStatusChange, String>> overrides = new LinkedHashMap<>();
        if (!reading.isSection(status, "orders.status")) {
            return OrderStatusWords.defaults();
        }
        status.fields().forEachRemaining(entry -> {
            String path = YamlDocument.child("orders.status", entry.getKey());
            Long market = MarketSyncMappingLoader.Reading.parseWhole(entry.getKey().trim());
            if (market == null || market < 1) {
                reading.problem(path, "'" + entry.getKey() + "' is not a market id (a whole number above 0)");
            } else if (overrides.containsKey(market)) {
                reading.problem(path, "the market id " + market + " is written twice");
            } else if (reading.isSection(entry.getValue(), path)) {
                overrides.put(market, words(market, entry.getValue(), path, reading));
            }
        });
        return OrderStatusWords.defaults().overriddenBy(overrides);
    }

    private static Map<OrderStatusChange, String> words(long market, JsonNode node, String path,
                                                        MarketSyncMappingLoader.Reading reading) {
        reading.knownKeys(node, path, CHANGE_KEYS);
        Map<OrderStatusChange, String> words = new EnumMap<>(OrderStatusChange.class);
        for (String key : CHANGE_KEYS) {
            String wordPath = YamlDocument.child(path, key);
            reading.text(node.get(key), wordPath).ifPresent(word -> {
                List<String> known = OrderStatusWords.KNOWN_WORDS.get(market);
                if (word.length() > MAX_WORD_LENGTH) {
                    reading.problem(wordPath, "has " + word.length() + " characters; estatus holds at most "
                            + MAX_WORD_LENGTH);
                } else if (!word.isEmpty() && known != null && !known.contains(word)) {
                    reading.problem(wordPath, "'" + word + "' is not a status market " + market + " knows; use one"
                            + " of " + String.join(", ", known) + ", or \"\" to send nothing");
                } else {
                    words.put(OrderStatusChange.ofKey(key).orElseThrow(), word);
                }
            });
        }
        return words;
    }
}

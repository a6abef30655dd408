package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.model.MarketplaceOrderStatus;
import io.cloudsync.hub.model.MarketplaceOrderStatus.Stage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The status words each marketplace uses in {@code pedidos.estatus} (MarketSync's table) and what they mean. A word
 * is looked up first among its own marketplace's words, then among every marketplace's (an order of a marketplace
 * the table does not list, or a word another marketplace uses), case and surrounding spaces ignored; anything else
 * is {@link Stage#UNKNOWN}, kept with its word.
 */
public final class MarketStatusWords {

    private static final Map<Integer, Map<String, Stage>> BY_MARKET = Map.of(
            1, words("Pendiente", Stage.PENDING, "embarcados", Stage.SHIPPED, "entregados", Stage.DELIVERED),
            2, words("pending", Stage.PENDING, "ready_to_ship", Stage.PAID, "shipped", Stage.SHIPPED,
                    "delivered", Stage.DELIVERED, "canceled", Stage.CANCELLED, "failed", Stage.CANCELLED,
                    "return_waiting_for_approval", Stage.RETURNED),
            4, words("paid", Stage.PAID, "delivered", Stage.DELIVERED, "cancelled", Stage.CANCELLED),
            5, words("WAITING ACCEPTANCE", Stage.PENDING, "RECEIVED", Stage.PAID, "REFUSED", Stage.CANCELLED,
                    "CANCELED", Stage.CANCELLED),
            6, words("Unshipped", Stage.PAID, "Shipped", Stage.SHIPPED, "Canceled", Stage.CANCELLED),
            8, words("pending", Stage.PENDING, "pendiente", Stage.PENDING, "authorized", Stage.PAID,
                    "paid", Stage.PAID, "refunded", Stage.REFUNDED, "voided", Stage.CANCELLED));

    private static final Map<String, Stage> ANY_MARKET = anyMarket();

    private MarketStatusWords() {
    }

    /** The status of an order of {@code marketId} whose {@code estatus} is {@code word}. */
    public static MarketplaceOrderStatus status(int marketId, String word) {
        String key = key(word);
        Stage stage = BY_MARKET.getOrDefault(marketId, Map.of()).get(key);
        if (stage == null) {
            stage = ANY_MARKET.getOrDefault(key, Stage.UNKNOWN);
        }
        return new MarketplaceOrderStatus(word, stage);
    }

    private static Map<String, Stage> words(Object... pairs) {
        Map<String, Stage> words = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(key((String) pairs[i]), (Stage) pairs[i + 1]);
        }
        return Map.copyOf(words);
    }

    private static Map<String, Stage> anyMarket() {
        Map<String, Stage> all = new HashMap<>();
        BY_MARKET.values().forEach(all::putAll);
        return Map.copyOf(all);
    }

    private static String key(String word) {
        return word == null ? "" : word.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

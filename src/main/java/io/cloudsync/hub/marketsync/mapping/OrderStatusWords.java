package io.cloudsync.hub.marketsync.mapping;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The status word each marketplace knows for each store order change, by MarketSync market id: what
 * {@code PUT pedidos} sends as {@code estatus}. A market with no word for a change is told nothing about it.
 * The defaults come from MarketSync's table of statuses per market; the mapping file's {@code orders.status}
 * section overrides them per market and change (an empty word: send nothing).
 *
 * <p>E-Commerce (8) is MarketSync's seller web shop: its statuses are payment states only (pending, authorized,
 * paid, refunded, voided), so shipped and delivered have no word; a cancelled order is {@code voided} (the sale is
 * void), not {@code refunded}, which matches PrestaShop's separate Refunded state that the hub does not send.
 */
public record OrderStatusWords(Map<Long, Map<OrderStatusChange, String>> words) {

    /** Every status each market of MarketSync's table accepts: a word outside its list is refused. */
    public static final Map<Long, List<String>> KNOWN_WORDS = Map.of(
            1L, List.of("Pendiente", "embarcados", "entregados"),
            2L, List.of("pending", "ready_to_ship", "shipped", "delivered", "canceled", "failed",
                    "return_waiting_for_approval"),
            4L, List.of("paid", "delivered", "cancelled"),
            5L, List.of("WAITING ACCEPTANCE", "RECEIVED", "REFUSED", "CANCELED"),
            6L, List.of("Unshipped", "Shipped", "Canceled"),
            8L, List.of("pending", "pendiente", "authorized", "paid", "refunded", "voided"));

    private static final OrderStatusWords DEFAULTS = new OrderStatusWords(Map.of(
            1L, Map.of(OrderStatusChange.SHIPPED, "embarcados", OrderStatusChange.DELIVERED, "entregados"),
            2L, Map.of(OrderStatusChange.SHIPPED, "shipped", OrderStatusChange.DELIVERED, "delivered",
                    OrderStatusChange.CANCELLED, "canceled"),
            4L, Map.of(OrderStatusChange.DELIVERED, "delivered", OrderStatusChange.CANCELLED, "cancelled"),
            5L, Map.of(OrderStatusChange.CANCELLED, "CANCELED"),
            6L, Map.of(OrderStatusChange.SHIPPED, "Shipped", OrderStatusChange.CANCELLED, "Canceled"),
            8L, Map.of(OrderStatusChange.CANCELLED, "voided")));

    public OrderStatusWords {
        Map<Long, Map<OrderStatusChange, String>> copy = new TreeMap<>();
        words.forEach((market, perChange) -> {
            Map<OrderStatusChange, String> kept = new EnumMap<>(OrderStatusChange.class);
            perChange.forEach((change, word) -> {
                if (word != null && !word.isBlank()) {
                    kept.put(change, word.trim());
                }
            });
            copy.put(market, Collections.unmodifiableMap(kept));
        });
        words = Collections.unmodifiableMap(copy);
    }

    /** MarketSync's own table: Claro, Linio, Mercado Libre, Walmart, Amazon and E-Commerce. */
    public static OrderStatusWords defaults() {
        return DEFAULTS;
    }

    /** The word to send to that market for that change; empty: the market is told nothing about it. */
    public Optional<String> word(long marketId, OrderStatusChange change) {
        return Optional.ofNullable(words.getOrDefault(marketId, Map.of()).get(change));
    }

    /**
     * These words with the mapping file's entries laid over them: per market, each change named replaces the
     * default word; an empty word removes it (a {@code null} value in {@code overrides} means empty).
     */
    public OrderStatusWords overriddenBy(Map<Long, Map<OrderStatusChange, String>> overrides) {
        Map<Long, Map<OrderStatusChange, String>> merged = new TreeMap<>();
        words.forEach((market, perChange) -> changes(merged, market).putAll(perChange));
        overrides.forEach((market, perChange) -> perChange.forEach((change, word) ->
                changes(merged, market).put(change, word == null ? "" : word)));
        return new OrderStatusWords(merged);
    }

    private static Map<OrderStatusChange, String> changes(Map<Long, Map<OrderStatusChange, String>> words,
                                                          long market) {
        return words.computeIfAbsent(market, m -> new EnumMap<>(OrderStatusChange.class));
    }
}

package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.model.Order;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * The filters of GET pedidos: a date range ({@code after} ≤ date ≤ {@code before}, on the order date
 * {@code fecha_pedido} as documented, or on the last change {@code fecha} when the sandbox is set so), order id range
 * ({@code afterid} ≤ id ≤ {@code beforeid}), order ids, marketplace ids (empty sets and nulls filter nothing), then
 * offset and limit.
 */
public record OrderQuery(LocalDateTime after, LocalDateTime before, Long afterId, Long beforeId, Set<Long> ids,
                         Set<Integer> markets, int offset, int limit, DateFilter dateFilter) {

    /** Which date {@code after} and {@code before} compare. */
    public enum DateFilter {
        /** {@code fecha_pedido}: the order's creation date, as the pedidos documentation says. */
        ORDER_DATE,
        /** {@code fecha}: the order's last change (a sandbox switch, for a MarketSync that filters so). */
        LAST_CHANGE
    }

    public OrderQuery {
        ids = Set.copyOf(ids);
        markets = Set.copyOf(markets);
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, Set.of(), Set.of(), 0, Integer.MAX_VALUE, DateFilter.ORDER_DATE);
    }

    boolean matches(Order order) {
        LocalDateTime date = dateFilter == DateFilter.LAST_CHANGE ? order.fecha() : order.fechaPedido();
        return (after == null || !date.isBefore(after))
                && (before == null || !date.isAfter(before))
                && (afterId == null || order.id() >= afterId)
                && (beforeId == null || order.id() <= beforeId)
                && (ids.isEmpty() || ids.contains(order.id()))
                && (markets.isEmpty() || markets.contains(order.marketId()));
    }
}

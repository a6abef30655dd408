package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.model.Order;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * The filters of GET pedidos: order date ({@code after} ≤ fecha_pedido ≤ {@code before}), order id range, order
 * ids, marketplace ids (empty sets and nulls filter nothing), then offset and limit.
 */
public record OrderQuery(LocalDateTime after, LocalDateTime before, Long afterId, Long beforeId, Set<Long> ids,
                         Set<Integer> markets, int offset, int limit) {

    public OrderQuery {
        ids = Set.copyOf(ids);
        markets = Set.copyOf(markets);
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, Set.of(), Set.of(), 0, Integer.MAX_VALUE);
    }

    boolean matches(Order order) {
        return (after == null || !order.fechaPedido().isBefore(after))
                && (before == null || !order.fechaPedido().isAfter(before))
                && (afterId == null || order.id() >= afterId)
                && (beforeId == null || order.id() <= beforeId)
                && (ids.isEmpty() || ids.contains(order.id()))
                && (markets.isEmpty() || markets.contains(order.marketId()));
    }
}

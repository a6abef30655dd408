package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MarketSync's orders for the poll, without HTTP: {@code afterid} includes the id itself and {@code after} compares
 * the order date, as the sandbox does; every call is recorded.
 */
final class ScriptedOrders extends MarketplaceOrderReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Long, ObjectNode> orders = new TreeMap<>();
    final List<String> calls = new ArrayList<>();
    /** MarketSync's clock in its answers' envelope (null: no timestamp). */
    LocalDateTime answeredAt;

    ScriptedOrders() {
        super(null);
    }

    ObjectNode add(long id, LocalDateTime placed, String status) {
        ObjectNode order = (ObjectNode) read("""
                {"id": "%d", "market_id": "4", "market": "Mercado", "referencia": "2000%08d", "fecha_pedido": "%s",
                 "total": "1160.00", "subtotal": "1000.00", "email": "none@ml.com", "estatus": "%s",
                 "items": [{"id": "%d", "product_id": "9", "sku": "SKU-%d", "cantidad": "1", "precio": "1160.00"}]}
                """.formatted(id, id, placed.toString().replace('T', ' '), status, id + 10_000, id));
        orders.put(id, order);
        return order;
    }

    Map<Long, ObjectNode> orders() {
        return orders;
    }

    void setStatus(long id, String status) {
        orders.get(id).put("estatus", status);
    }

    @Override
    public OrderPage fromId(long afterId, int limit) {
        calls.add("afterid=" + afterId);
        return new OrderPage(orders.values().stream().filter(o -> o.path("id").asLong() >= afterId).limit(limit)
                .map(JsonNode.class::cast).toList(), answeredAt);
    }

    @Override
    public OrderPage placedSince(LocalDateTime after, int offset, int limit) {
        calls.add("after=" + after + "&offset=" + offset);
        return new OrderPage(orders.values().stream()
                .filter(o -> !LocalDateTime.parse(o.path("fecha_pedido").asText().replace(' ', 'T')).isBefore(after))
                .skip(offset).limit(limit).map(JsonNode.class::cast).toList(), answeredAt);
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

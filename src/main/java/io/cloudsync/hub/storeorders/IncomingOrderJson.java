package io.cloudsync.hub.storeorders;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an {@link IncomingOrder} from a MarketSync {@code pedidos} order as the API sends it (every number as text,
 * lines in {@code items}, or {@code lineas} in the shape {@code POST pedidos} takes). Lenient: a missing field is
 * empty, an unreadable amount is zero, and what makes an order unusable is for the planner to report.
 */
public final class IncomingOrderJson {

    private IncomingOrderJson() {
    }

    public static IncomingOrder read(JsonNode order) {
        List<IncomingOrder.Line> lines = new ArrayList<>();
        JsonNode items = order.has("items") ? order.path("items") : order.path("lineas");
        for (JsonNode item : items) {
            lines.add(new IncomingOrder.Line(number(item, "id").longValue(), text(item, "sku"),
                    (int) number(item, "cantidad").longValue(),
                    number(item, "precio"), "1".equals(text(item, "fulfillment"))
                    || "true".equalsIgnoreCase(text(item, "fulfillment"))));
        }
        IncomingOrder.DeliveryAddress address = new IncomingOrder.DeliveryAddress(text(order, "direccion"),
                text(order, "entrecalles"), text(order, "colonia"), text(order, "ciudad"), text(order, "estado"),
                text(order, "cp"), text(order, "observaciones"));
        return new IncomingOrder(number(order, "id").longValue(), (int) number(order, "market_id").longValue(),
                text(order, "market"), text(order, "referencia"), paidAt(text(order, "fecha_autoriza")),
                text(order, "email"), text(order, "entregara"), text(order, "telefono"), address,
                number(order, "envio"), number(order, "subtotal"), number(order, "total"), lines,
                text(order, "estatus"), registeredAt(order));
    }

    /** {@code fecha_orden}, else the earlier {@code fecha_pedido}; empty when neither is a date. */
    private static String registeredAt(JsonNode order) {
        String registered = paidAt(text(order, "fecha_orden"));
        return registered.isEmpty() ? paidAt(text(order, "fecha_pedido")) : registered;
    }

    /** MySQL's zero date means "never". */
    private static String paidAt(String value) {
        return value.startsWith("0000-00-00") ? "" : value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText("").strip();
    }

    private static BigDecimal number(JsonNode node, String field) {
        String text = text(node, field).replace(",", "");
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}

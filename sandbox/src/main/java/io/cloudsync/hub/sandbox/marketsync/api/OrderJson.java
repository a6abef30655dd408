package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.model.Guide;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.ShippingAddress;

/** Orders and guides as GET pedidos and GET guias show them: numbers as strings, absent values as {@code null}. */
final class OrderJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OrderJson() {
    }

    /** An order; {@code guide} (may be {@code null}) gives {@code estatusguia}. */
    static ObjectNode order(Order order, Guide guide) {
        ShippingAddress to = order.shipping();
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(order.id()));
        node.put("cliente_id", ProductJson.CLIENTE_ID);
        node.put("market_id", Integer.toString(order.marketId()));
        node.put("referencia", order.referencia());
        node.put("fecha_pedido", MexicoCityTime.shown(order.fechaPedido()));
        node.put("fecha_autoriza", MexicoCityTime.shown(order.fechaAutoriza()));
        node.put("subtotal", Money.twoDecimals(order.subtotal()));
        node.put("total", Money.twoDecimals(order.total()));
        node.put("email", order.email());
        node.put("entregara", to.entregara());
        node.put("telefono", to.telefono());
        node.put("direccion", to.direccion());
        node.put("entrecalles", to.entrecalles());
        node.put("colonia", to.colonia());
        node.put("ciudad", to.ciudad());
        node.put("estado", to.estado());
        node.put("observaciones", to.observaciones());
        node.put("cp", to.cp());
        node.put("envio", Money.twoDecimals(order.envio()));
        node.put("comision", Money.twoDecimals(order.comision()));
        node.put("estatus", order.estatus());
        node.put("comentario", order.comentario());
        node.put("mensajeria", order.mensajeria());
        node.put("guias", order.guias());
        if (guide == null) {
            node.putNull("estatusguia");
        } else {
            node.put("estatusguia", guide.estatus());
        }
        node.put("orden_id", order.ordenId());
        node.put("shipping_id", order.shippingId());
        node.put("fecha_orden", MexicoCityTime.shown(order.fechaOrden()));
        node.put("fecha", MexicoCityTime.shown(order.fecha()));
        node.put("market", order.market());
        ArrayNode items = node.putArray("items");
        for (OrderLine line : order.items()) {
            ObjectNode item = items.addObject();
            item.put("id", Long.toString(line.id()));
            item.put("pedido", Long.toString(order.id()));
            item.put("product_id", Long.toString(line.productId()));
            item.put("sku", line.sku());
            item.put("modelo", line.modelo());
            item.put("descripcion", line.descripcion());
            item.put("cantidad", Integer.toString(line.cantidad()));
            item.put("precio", Money.twoDecimals(line.precio()));
            item.put("color", line.color());
            item.put("variacion", line.variacion());
            item.put("fulfillment", line.fulfillment() ? "1" : "0");
            item.put("fecha", MexicoCityTime.shown(order.fechaOrden()));
        }
        return node;
    }

    /** A guide: {@code {id, pedido_id, guia, mensajeria, estatus, fecha, label}}. */
    static ObjectNode guide(Guide guide) {
        ObjectNode node = NODES.objectNode();
        node.put("id", Long.toString(guide.id()));
        node.put("pedido_id", Long.toString(guide.orderId()));
        node.put("guia", guide.guia());
        node.put("mensajeria", guide.mensajeria());
        node.put("estatus", guide.estatus());
        node.put("fecha", MexicoCityTime.shown(guide.fecha()));
        node.put("label", guide.label());
        return node;
    }
}

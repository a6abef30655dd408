package io.cloudsync.hub.sandbox.marketsync.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.ShippingAddress;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.OrderBook;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks orders sent with POST pedidos (sales of the seller's own web store) against the pedidos column table:
 * referencia (unique), dates, amounts, shipping columns by length, and lineas whose seller SKUs exist.
 */
public final class OrderValidator {

    private static final Set<String> COLUMNS = Set.of("referencia", "fecha_pedido", "fecha_autoriza", "subtotal",
            "total", "email", "entregara", "telefono", "direccion", "entrecalles", "colonia", "ciudad", "estado",
            "observaciones", "cp", "estatus", "mensajeria", "guias", "orden_id", "shipping_id", "fecha_orden", "fecha",
            "lineas");
    private static final Set<String> LINE_COLUMNS = Set.of("product_id", "sku", "descripcion", "cantidad", "precio",
            "color", "referencia", "variacion", "fulfillment");

    private final ProductStore products;
    private final OrderBook orders;

    public OrderValidator(ProductStore products, OrderBook orders) {
        this.products = products;
        this.orders = orders;
    }

    /** The order (id 0, lines unnumbered, registered {@code now}) or why it is refused. */
    public Checked<Order> forCreation(JsonNode item, LocalDateTime now) {
        ItemCheck check = new ItemCheck(item);
        if (!check.valid()) {
            return new Checked<>(null, null, check.violations());
        }
        check.refuseUnknown(COLUMNS, column -> "unknown column (not in the pedidos column table)");
        String referencia = check.text("referencia", 30, true);
        if (referencia != null && orders.contains(referencia)) {
            check.violation("referencia", "order " + referencia + " already exists");
        }
        LocalDateTime fechaPedido = check.dateTime("fecha_pedido", true);
        LocalDateTime fechaAutoriza = check.dateTime("fecha_autoriza", false);
        BigDecimal subtotal = check.decimal("subtotal", true);
        BigDecimal total = check.decimal("total", true);
        ShippingAddress shipping = new ShippingAddress(text(check, "entregara", 120), text(check, "telefono", 20),
                text(check, "direccion", 100), text(check, "entrecalles", 100), text(check, "colonia", 100),
                text(check, "ciudad", 100), text(check, "estado", 100), text(check, "cp", 10),
                text(check, "observaciones", 200));
        String email = text(check, "email", 50);
        String estatus = text(check, "estatus", 30);
        String mensajeria = text(check, "mensajeria", 30);
        String guias = text(check, "guias", 100);
        String ordenId = text(check, "orden_id", 20);
        String shippingId = text(check, "shipping_id", 20);
        List<OrderLine> lines = lines(check);
        if (!check.valid()) {
            return new Checked<>(referencia, null, check.violations());
        }
        String status = estatus.isEmpty() ? "pendiente" : estatus;
        Order order = new Order(0, Order.WEB_MARKET_ID, Order.WEB_MARKET, referencia, fechaPedido,
                fechaAutoriza == null ? fechaPedido : fechaAutoriza, now, Money.of(subtotal), Money.of(total), 0, 0,
                email, shipping, status, mensajeria, guias, ordenId, shippingId, now, lines,
                List.of(new StatusChange(now, status, "", StatusChange.API)));
        return new Checked<>(referencia, order, List.of());
    }

    private List<OrderLine> lines(ItemCheck check) {
        JsonNode lineas = check.node("lineas");
        if (!lineas.isArray() || lineas.isEmpty()) {
            check.violation("lineas", "missing: an order needs at least one line");
            return List.of();
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < lineas.size(); i++) {
            String prefix = "lineas[" + i + "].";
            ItemCheck line = new ItemCheck(lineas.get(i));
            line.refuseUnknown(LINE_COLUMNS, column -> "unknown column");
            String sku = line.text("sku", 18, true);
            Optional<Product> product = sku == null ? Optional.empty() : products.ofVariation(sku);
            if (sku != null && product.isEmpty()) {
                line.violation("sku", "unknown seller SKU " + sku);
            }
            Long cantidad = line.integer("cantidad", true, 1);
            BigDecimal precio = line.decimal("precio", true);
            String descripcion = text(line, "descripcion", 120);
            String color = text(line, "color", 20);
            String variacion = text(line, "variacion", 10);
            Long fulfillment = line.integer("fulfillment", false, 0);
            if (fulfillment != null && fulfillment > 1) {
                line.violation("fulfillment", "must be 1 (shipped by the marketplace) or 0 (by the seller)");
            }
            text(line, "referencia", 30);
            line.violations().forEach(v -> check.violation(prefix + v.column(), v.reason()));
            if (line.valid()) {
                Product p = product.get();
                Variation v = p.variation(sku).orElseThrow();
                lines.add(new OrderLine(0, p.id(), sku, p.columns().text(ProductColumn.MODELO),
                        descripcion.isEmpty() ? p.columns().text(ProductColumn.NOMBRE) : descripcion,
                        cantidad.intValue(), Money.of(precio), color.isEmpty() ? v.color() : color,
                        variacion.isEmpty() ? "UNIT" : variacion, fulfillment != null && fulfillment == 1));
            }
        }
        return lines;
    }

    private static String text(ItemCheck check, String column, int max) {
        String value = check.text(column, max, false);
        return value == null ? "" : value;
    }
}

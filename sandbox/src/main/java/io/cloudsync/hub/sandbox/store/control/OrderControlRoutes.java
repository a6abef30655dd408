package io.cloudsync.hub.sandbox.store.control;

import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.body;
import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.id;
import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.json;
import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.required;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.control.ControlHandlers.Created;
import io.cloudsync.hub.sandbox.store.generate.OrderStates;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderCarrier;
import io.cloudsync.hub.sandbox.store.model.OrderFactory;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The control API's orders: place one as a shopper would, read the orders (those a connector created through the
 * webservice included, by payment module), and move one along as the shop's staff do: ship it with the carrier's
 * tracking number, deliver it, cancel it (which gives its stock back), or any state. Also the installed payment
 * modules an order's {@code module} must name.
 */
final class OrderControlRoutes {

    private final SandboxShop shop;

    OrderControlRoutes(SandboxShop shop) {
        this.shop = shop;
    }

    void mount(Router router) {
        router.post("/_sandbox/orders").handler(json(this::createOrder));
        router.get("/_sandbox/orders").handler(json(this::orders));
        router.get("/_sandbox/orders/:id").handler(json(ctx -> view(order(id(ctx)))));
        router.put("/_sandbox/orders/:id/state").handler(json(ctx -> moved(shop.changeOrderState(id(ctx),
                required(body(ctx), "state").asInt(), body(ctx).path("employee").asInt(1)))));
        router.post("/_sandbox/orders/:id/ship").handler(json(this::ship));
        router.post("/_sandbox/orders/:id/deliver").handler(json(ctx ->
                moved(shop.changeOrderState(id(ctx), OrderStates.DELIVERED, 1))));
        router.post("/_sandbox/orders/:id/cancel").handler(json(ctx ->
                moved(shop.changeOrderState(id(ctx), OrderStates.CANCELED, 1))));
        router.get("/_sandbox/payment-modules").handler(json(ctx -> modules()));
        router.post("/_sandbox/payment-modules").handler(json(ctx -> {
            String name = required(body(ctx), "name").asText().trim();
            if (!name.matches("[a-zA-Z0-9_-]+")) {
                throw new IllegalArgumentException("a module name is letters, digits, '_' and '-': '" + name + "'");
            }
            shop.data().paymentModules.add(name);
            return new Created(modules());
        }));
    }

    private Object createOrder(RoutingContext ctx) {
        JsonNode body = body(ctx);
        Order order;
        if (!body.has("customerId")) {
            order = shop.createRandomOrder();
        } else {
            List<OrderFactory.Line> lines = new ArrayList<>();
            required(body, "lines").forEach(line -> lines.add(new OrderFactory.Line(required(line, "productId").asInt(),
                    line.path("combinationId").asInt(0), line.path("quantity").asInt(1))));
            order = shop.createOrder(body.get("customerId").asInt(), lines, body.path("payment").asText("ps_checkout"));
        }
        return new Created(view(order));
    }

    /** {@code ?module=marketsync&after=120&limit=50}: orders by id, the newest last. */
    private Object orders(RoutingContext ctx) {
        String module = ctx.queryParams().get("module");
        int after = Integer.parseInt(ctx.queryParams().contains("after") ? ctx.queryParams().get("after") : "0");
        int limit = Integer.parseInt(ctx.queryParams().contains("limit") ? ctx.queryParams().get("limit") : "100");
        List<Map<String, Object>> views = new ArrayList<>();
        shop.data().orders.forEach(order -> {
            if (order.id() > after && views.size() < limit && (module == null || module.equals(order.module()))) {
                views.add(view(order));
            }
        });
        return Map.of("orders", views);
    }

    private Object ship(RoutingContext ctx) {
        String tracking = required(body(ctx), "trackingNumber").asText().trim();
        if (tracking.isEmpty()) {
            throw new IllegalArgumentException("trackingNumber is empty");
        }
        int orderId = id(ctx);
        return moved(shop.sell((sales, now) -> sales.ship(orderId, tracking, now)));
    }

    private Map<String, Object> moved(OrderHistory history) {
        Map<String, Object> view = view(order(history.orderId()));
        view.put("id_order_history", history.id());
        return view;
    }

    private Order order(int id) {
        Order order = shop.data().orders.get(id);
        if (order == null) {
            throw new NoSuchElementException("no order " + id);
        }
        return order;
    }

    private Map<String, Object> modules() {
        return Map.of("paymentModules", new TreeSet<>(shop.data().paymentModules));
    }

    private Map<String, Object> view(Order order) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", order.id());
        view.put("reference", order.reference());
        view.put("id_cart", order.cartId());
        view.put("id_customer", order.customerId());
        view.put("module", order.module());
        view.put("payment", order.payment());
        view.put("current_state", order.currentState());
        OrderState state = shop.data().orderStates.get(order.currentState());
        view.put("state", state == null ? null : state.name().get(0));
        view.put("valid", order.valid());
        view.put("date_add", ShopTime.format(order.dateAdd()));
        view.put("date_upd", ShopTime.format(order.dateUpd()));
        view.put("total_paid_tax_incl", Micros.format(order.totals().paidTaxIncl()));
        view.put("total_paid_real", Micros.format(order.totals().paidReal()));
        OrderCarrier carrier = shop.data().carrierOf(order.id());
        view.put("tracking_number", carrier == null ? order.shippingNumber() : carrier.trackingNumber());
        view.put("lines", order.rows().stream().map(row -> Map.of("productId", row.productId(), "combinationId",
                row.combinationId(), "quantity", row.quantity(), "reference", row.productReference())).toList());
        return view;
    }
}

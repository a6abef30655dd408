package io.cloudsync.hub.sandbox.marketsync.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.faults.FaultInjector;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.RequestLog;
import io.cloudsync.hub.sandbox.marketsync.activity.MarketplaceActions;
import io.cloudsync.hub.sandbox.marketsync.activity.OrderGenerator;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.store.OrderQuery.DateFilter;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.store.SellerMarkets.Setting;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * {@code /_sandbox/…}: what tests and the demo read and reset, without signatures. Documented in
 * {@code sandbox/MARKETSYNC-SANDBOX-API.md}. Large answers are built on a worker thread.
 */
public final class InspectionApi {

    private final SandboxData data;
    private final RequestLog log;
    private final FaultInjector faults;
    private final OrderGenerator orders;
    private final ObjectMapper json;
    private final InspectionJson views;
    private final Answers answers;
    private final MarketplaceControl control;

    public InspectionApi(Vertx vertx, SandboxData data, RequestLog log, FaultInjector faults, OrderGenerator orders,
                         MarketplaceActions marketplaces, ObjectMapper json) {
        this.data = data;
        this.log = log;
        this.faults = faults;
        this.orders = orders;
        this.json = json;
        this.views = new InspectionJson(data);
        this.answers = new Answers(vertx, json);
        this.control = new MarketplaceControl(data, marketplaces, views, answers);
    }

    public void mount(Router router) {
        router.get("/_sandbox/state/products").handler(ctx -> answer(ctx, () -> products(ctx)));
        router.get("/_sandbox/state/products/:sku").handler(this::product);
        router.get("/_sandbox/state/orders").handler(ctx -> answer(ctx, this::orderList));
        router.get("/_sandbox/state/orders/:referencia").handler(ctx -> answer(ctx, () -> views.order(data.orders()
                .byReferencia(ctx.pathParam("referencia")).orElseThrow(() -> new java.util.NoSuchElementException(
                        "no order " + ctx.pathParam("referencia"))))));
        router.get("/_sandbox/state/markets").handler(ctx -> answer(ctx, this::markets));
        router.delete("/_sandbox/state").handler(ctx -> answer(ctx, () -> {
            data.reset();
            orders.reset();
            control.reset();
            return json.createObjectNode().put("reset", true);
        }));
        router.post("/_sandbox/orders").handler(ctx -> answer(ctx, () -> generate(ctx)));
        router.get("/_sandbox/requests").handler(ctx -> answer(ctx, () -> requests(ctx)));
        router.delete("/_sandbox/requests").handler(ctx -> answer(ctx, () -> {
            log.clear();
            return json.createObjectNode().put("cleared", true);
        }));
        router.get("/_sandbox/stats").handler(ctx -> answer(ctx, this::stats));
        router.get("/_sandbox/state/duplicate-skus").handler(ctx -> answer(ctx,
                () -> json.valueToTree(data.products().duplicateSkus())));
        router.get("/_sandbox/settings").handler(ctx -> answer(ctx, this::settings));
        router.put("/_sandbox/settings").handler(BodyHandler.create()).handler(ctx -> answer(ctx, () -> {
            JsonNode body = answers.body(ctx);
            if (body.has("acceptDuplicateSkus")) {
                data.products().acceptDuplicateSkus(body.path("acceptDuplicateSkus").asBoolean());
            }
            if (body.has("pedidosDateFilter")) {
                data.orders().dateFilter(dateFilter(body.path("pedidosDateFilter").asText()));
            }
            return settings();
        }));
        control.mount(router);
        faults.mount(router);
    }

    /** Every product, or with {@code offset}/{@code limit} one page of them (id order): the bench reads 100,000. */
    private JsonNode products(RoutingContext ctx) {
        ObjectNode bySku = json.createObjectNode();
        int offset = Math.max(0, intParam(ctx, "offset", 0));
        int limit = intParam(ctx, "limit", Integer.MAX_VALUE);
        int index = 0;
        for (Product product : data.products().all()) {
            if (index++ < offset) {
                continue;
            }
            if (bySku.size() >= limit) {
                break;
            }
            bySku.set(product.sku(), views.product(product));
        }
        return bySku;
    }

    private void product(RoutingContext ctx) {
        String sku = ctx.pathParam("sku");
        data.products().bySku(sku).ifPresentOrElse(p -> respond(ctx, 200, views.product(p)),
                () -> respond(ctx, 404, json.createObjectNode().put("error", "no product with SKU " + sku)));
    }

    private JsonNode orderList() {
        ArrayNode list = json.createArrayNode();
        data.orders().all().forEach(o -> list.add(views.order(o)));
        return list;
    }

    private JsonNode markets() {
        ArrayNode list = json.createArrayNode();
        for (Setting setting : data.sellerMarkets().all()) {
            list.addObject().put("marketId", setting.marketId()).put("activo", setting.activo())
                    .put("proteccion", setting.proteccion());
        }
        return list;
    }

    private JsonNode generate(RoutingContext ctx) {
        int count = intParam(ctx, "count", 1);
        List<Order> generated = orders.generate(count);
        ArrayNode list = json.createArrayNode();
        generated.forEach(o -> list.add(views.order(o)));
        return list;
    }

    /** Requests after {@code since}; {@code sku} (a product's, with its variations') or {@code controller} filter. */
    private JsonNode requests(RoutingContext ctx) {
        ObjectNode answer = json.createObjectNode();
        answer.put("last", log.lastSequence());
        Predicate<LoggedRequest> wanted = requestFilter(ctx.queryParams().get("sku"),
                ctx.queryParams().get("controller"));
        ArrayNode list = answer.putArray("requests");
        log.since(intParam(ctx, "since", 0)).stream().filter(wanted)
                .forEach(entry -> list.add(InspectionJson.request(entry)));
        return answer;
    }

    private Predicate<LoggedRequest> requestFilter(String sku, String controller) {
        Predicate<LoggedRequest> filter = entry -> controller == null || controller.equals(entry.controller());
        if (sku == null) {
            return filter;
        }
        Optional<Product> product = data.products().bySku(sku).or(() -> data.products().ofVariation(sku));
        if (product.isEmpty()) {
            return filter.and(entry -> entry.skus().contains(sku));
        }
        Set<String> skus = new HashSet<>();
        skus.add(product.get().sku());
        product.get().variations().forEach(v -> skus.add(v.sku()));
        return filter.and(entry -> entry.touches(product.get().id(), skus));
    }

    private JsonNode settings() {
        return json.createObjectNode().put("acceptDuplicateSkus", data.products().acceptsDuplicateSkus())
                .put("pedidosDateFilter", data.orders().dateFilter() == DateFilter.LAST_CHANGE ? "fecha"
                        : "fecha_pedido");
    }

    private static DateFilter dateFilter(String column) {
        return switch (column) {
            case "fecha_pedido" -> DateFilter.ORDER_DATE;
            case "fecha" -> DateFilter.LAST_CHANGE;
            default -> throw new IllegalArgumentException("pedidosDateFilter is fecha_pedido or fecha, got '" + column
                    + "'");
        };
    }

    private JsonNode stats() {
        ObjectNode stats = json.createObjectNode();
        stats.put("requests", log.lastSequence());
        stats.set("byController", json.valueToTree(log.counts()));
        stats.put("products", data.products().size());
        stats.put("variations", data.products().variationCount());
        stats.put("published", data.publisher().publishedCount());
        stats.put("orders", data.orders().size());
        stats.set("faultsInjected", json.valueToTree(faults.injectedCounts()));
        return stats;
    }

    private static int intParam(RoutingContext ctx, String name, int defaultValue) {
        String value = ctx.queryParams().get(name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    private void answer(RoutingContext ctx, Callable<JsonNode> work) {
        answers.answer(ctx, work);
    }

    private void respond(RoutingContext ctx, int status, JsonNode body) {
        answers.respond(ctx, status, body);
    }
}

package io.cloudsync.hub.sandbox.store.control;

import com.fasterxml.jackson.databind.JsonNode;
import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.body;
import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.id;
import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.json;
import static io.cloudsync.hub.sandbox.store.control.ControlHandlers.required;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.control.ControlHandlers.Created;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.sandbox.store.model.SpecificPrice;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The sandbox store's control API ({@code /_sandbox/...}, JSON, no key): the operations of {@link SandboxShop} over
 * HTTP, the activity generator's rate, request counts and the real fixtures, byte for byte. See
 * {@code sandbox/STORE-CONTROL-API.md}.
 */
public final class ControlRoutes {

    /** The real PrestaShop payloads shipped in the jar. */
    public static final List<String> FIXTURES = List.of("README.md", "combination.airbyte.json",
            "customer.airbyte.json", "order.airbyte.json", "product.multi-lang.devdocs.json",
            "product.single-lang.airbyte.json", "stock_available.airbyte.json");
    public static final String FIXTURE_DIRECTORY = "sandbox/fixtures/prestashop/";

    private final SandboxShop shop;
    private final ActivityGenerator activity;

    public ControlRoutes(SandboxShop shop, ActivityGenerator activity) {
        this.shop = shop;
        this.activity = activity;
    }

    public void mount(Router router) {
        router.route("/_sandbox/*").handler(BodyHandler.create().setBodyLimit(1024 * 1024));
        router.get("/_sandbox/store").handler(json(ctx -> shop.summary()));
        router.get("/_sandbox/clock").handler(json(ctx -> clock()));
        router.put("/_sandbox/clock").handler(json(this::setClock));
        router.post("/_sandbox/clock/advance").handler(json(this::advanceClock));
        router.post("/_sandbox/products/bulk-edit").handler(json(this::bulkEdit));
        router.post("/_sandbox/products").handler(json(this::createProduct));
        router.patch("/_sandbox/products/:id").handler(json(ctx -> view(shop.editProduct(id(ctx),
                FieldValues.of(body(ctx), shop.data().languages)))));
        router.delete("/_sandbox/products/:id").handler(json(ctx -> deleted(shop.deleteProduct(id(ctx)), "product", ctx)));
        router.post("/_sandbox/products/:id/combinations").handler(json(this::addCombination));
        router.patch("/_sandbox/combinations/:id").handler(json(ctx -> view(shop.editCombination(id(ctx),
                FieldValues.of(body(ctx), shop.data().languages)))));
        router.put("/_sandbox/combinations/:id/price").handler(json(ctx -> view(shop.setCombinationPriceImpact(id(ctx),
                required(body(ctx), "impact").asText()))));
        router.delete("/_sandbox/combinations/:id").handler(json(ctx ->
                deleted(shop.deleteCombination(id(ctx)), "combination", ctx)));
        router.put("/_sandbox/stock").handler(json(this::setStock));
        router.post("/_sandbox/specific_prices").handler(json(this::addSpecificPrice));
        router.delete("/_sandbox/specific_prices/:id").handler(json(ctx ->
                deleted(shop.deleteSpecificPrice(id(ctx)), "specific price", ctx)));
        new OrderControlRoutes(shop).mount(router);
        router.get("/_sandbox/php-cgi").handler(json(ctx -> Map.of("enabled", shop.phpCgiMode())));
        router.put("/_sandbox/php-cgi").handler(json(ctx -> {
            shop.setPhpCgiMode(required(body(ctx), "enabled").asBoolean());
            return Map.of("enabled", shop.phpCgiMode());
        }));
        router.get("/_sandbox/configurations/:name").handler(json(ctx -> configuration(ctx.pathParam("name"))));
        router.put("/_sandbox/configurations/:name").handler(json(ctx -> {
            shop.setConfiguration(ctx.pathParam("name"), required(body(ctx), "value").asText());
            return configuration(ctx.pathParam("name"));
        }));
        router.delete("/_sandbox/configurations/:name").handler(json(ctx ->
                deleted(shop.removeConfiguration(ctx.pathParam("name")), "configuration", ctx)));
        router.get("/_sandbox/requests").handler(json(ctx -> requests()));
        router.delete("/_sandbox/requests").handler(json(ctx -> {
            shop.requests().reset();
            return requests();
        }));
        router.get("/_sandbox/activity").handler(json(ctx -> activity()));
        router.put("/_sandbox/activity").handler(json(ctx -> {
            activity.setRate(required(body(ctx), "perMinute").asInt());
            return activity();
        }));
        router.post("/_sandbox/activity/step").handler(json(this::steps));
        router.get("/_sandbox/fixtures").handler(json(ctx -> Map.of("fixtures", FIXTURES)));
        router.get("/_sandbox/fixtures/:file").handler(this::fixture);
    }

    private Map<String, Object> clock() {
        Map<String, Object> clock = new LinkedHashMap<>();
        clock.put("now", ShopTime.format(shop.wallNow()));
        clock.put("zone", shop.zone().getId());
        clock.put("instant", shop.clock().now().toString());
        clock.put("frozen", shop.clock().frozen());
        return clock;
    }

    private Object setClock(RoutingContext ctx) {
        JsonNode body = body(ctx);
        if (body.has("instant")) {
            shop.setClock(Instant.parse(body.get("instant").asText()));
        } else if (body.has("local")) {
            shop.setClockLocal(ShopTime.toLocal(ShopTime.parse(body.get("local").asText())));
        }
        if (body.has("frozen")) {
            if (body.get("frozen").asBoolean()) {
                shop.freezeClock();
            } else {
                shop.unfreezeClock();
            }
        }
        return clock();
    }

    private Object advanceClock(RoutingContext ctx) {
        JsonNode body = body(ctx);
        Duration duration = body.has("duration") ? Duration.parse(body.get("duration").asText())
                : Duration.ofSeconds(required(body, "seconds").asLong());
        shop.advanceClock(duration);
        return clock();
    }

    private Object bulkEdit(RoutingContext ctx) {
        JsonNode body = body(ctx);
        var fields = FieldValues.of(required(body, "fields"), shop.data().languages);
        List<Product> edited;
        if (body.has("ids")) {
            List<Integer> ids = new ArrayList<>();
            body.get("ids").forEach(id -> ids.add(id.asInt()));
            edited = shop.bulkEditProducts(ids, fields);
        } else {
            edited = shop.bulkEditProducts(required(body, "count").asInt(), fields);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", edited.size());
        result.put("date_upd", edited.isEmpty() ? null : ShopTime.format(edited.get(0).dateUpd()));
        result.put("ids", edited.stream().map(Product::id).toList());
        return result;
    }

    private Object createProduct(RoutingContext ctx) {
        JsonNode body = body(ctx);
        Product product = shop.createProduct(FieldValues.of(body.get("fields"), shop.data().languages),
                body.path("combinations").asInt(0), body.path("quantity").asInt(0));
        return new Created(view(product));
    }

    private Object addCombination(RoutingContext ctx) {
        JsonNode body = body(ctx);
        List<Integer> values = new ArrayList<>();
        body.path("optionValues").forEach(value -> values.add(value.asInt()));
        Combination combination = shop.addCombination(id(ctx), FieldValues.of(body.get("fields"), shop.data().languages),
                values.stream().mapToInt(Integer::intValue).toArray(), body.path("quantity").asInt(0));
        return new Created(view(combination));
    }

    private Object setStock(RoutingContext ctx) {
        JsonNode body = body(ctx);
        StockAvailable row = shop.setStock(required(body, "productId").asInt(), body.path("combinationId").asInt(0),
                required(body, "quantity").asInt());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", row.id());
        view.put("id_product", row.productId());
        view.put("id_product_attribute", row.combinationId());
        view.put("quantity", row.quantity());
        StockAvailable productRow = shop.data().stockOf(row.productId(), 0);
        view.put("product_quantity", productRow == null ? null : productRow.quantity());
        return view;
    }

    private Object addSpecificPrice(RoutingContext ctx) {
        JsonNode body = body(ctx);
        SpecificPrice price = shop.addSpecificPrice(required(body, "productId").asInt(),
                body.path("combinationId").asInt(0), required(body, "reductionType").asText(),
                required(body, "reduction").asText(), body.path("reductionTax").asBoolean(true),
                body.hasNonNull("from") ? ShopTime.parse(body.get("from").asText()) : ShopTime.ZERO,
                body.hasNonNull("to") ? ShopTime.parse(body.get("to").asText()) : ShopTime.ZERO);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", price.id());
        view.put("id_product", price.productId());
        view.put("id_product_attribute", price.combinationId());
        view.put("reduction_type", price.reductionType());
        view.put("reduction", io.cloudsync.hub.sandbox.store.model.Micros.format(price.reductionMicros()));
        return new Created(view);
    }

    private Object steps(RoutingContext ctx) {
        int count = body(ctx).path("steps").asInt(1);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(activity.step().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, Object> result = activity();
        result.put("done", done);
        return result;
    }

    private Map<String, Object> activity() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("perMinute", activity.rate());
        view.put("counts", activity.counts());
        return view;
    }

    private Map<String, Object> requests() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", shop.requests().total());
        view.put("byResource", shop.requestCounts());
        view.put("bytes", shop.requests().bytesSent());
        return view;
    }

    private Object configuration(String name) {
        return shop.configuration(name).<Object>map(value -> Map.of("name", name, "value", value))
                .orElseThrow(() -> new NoSuchElementException("no configuration " + name));
    }

    private void fixture(RoutingContext ctx) {
        String file = ctx.pathParam("file");
        if (!FIXTURES.contains(file)) {
            ctx.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end("{\"error\":\"no fixture named " + file.replaceAll("[^A-Za-z0-9._-]", "") + "\"}");
            return;
        }
        try (InputStream in = ControlRoutes.class.getClassLoader().getResourceAsStream(FIXTURE_DIRECTORY + file)) {
            if (in == null) {
                ctx.fail(500, new IllegalStateException("fixture " + file + " is missing from the jar"));
                return;
            }
            ctx.response().putHeader("Content-Type", file.endsWith(".md") ? "text/markdown; charset=utf-8"
                    : "application/json").end(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            ctx.fail(500, e);
        }
    }

    // ---- views and plumbing ----

    private Map<String, Object> view(Product product) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", product.id());
        view.put("reference", product.reference());
        view.put("price", io.cloudsync.hub.sandbox.store.model.Micros.format(product.priceMicros()));
        view.put("date_upd", ShopTime.format(product.dateUpd()));
        view.put("body_date_upd", ShopTime.format(product.shopDateUpd()));
        view.put("combinations", shop.data().combinationsOfProduct.of(product.id()));
        return view;
    }

    private static Map<String, Object> view(Combination combination) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", combination.id());
        view.put("id_product", combination.productId());
        view.put("reference", combination.reference());
        view.put("price", io.cloudsync.hub.sandbox.store.model.Micros.format(combination.priceImpactMicros()));
        return view;
    }

    private static Object deleted(boolean done, String what, RoutingContext ctx) {
        if (!done) {
            throw new NoSuchElementException("no " + what + " " + ctx.pathParam(ctx.pathParams().containsKey("id")
                    ? "id" : "name"));
        }
        return Map.of("deleted", true);
    }
}

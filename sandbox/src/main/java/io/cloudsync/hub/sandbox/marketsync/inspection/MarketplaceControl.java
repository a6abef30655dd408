package io.cloudsync.hub.sandbox.marketsync.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.activity.MarketplaceActions;
import io.cloudsync.hub.sandbox.marketsync.activity.MarketplaceActions.LineRequest;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The inspection API's levers for end-to-end tests: a buyer orders on a marketplace
 * ({@code POST /_sandbox/marketplace/orders}), the marketplace changes an order's status
 * ({@code PUT /_sandbox/marketplace/orders/{referencia}}) or cancels it ({@code POST …/{referencia}/cancel}), and the
 * seller changes a product's state on a marketplace in MarketSync's own UI
 * ({@code PUT /_sandbox/state/products/{sku}/markets/{marketId}}). None of them is an API call: the request log
 * does not see them.
 */
final class MarketplaceControl {

    private final SandboxData data;
    private final MarketplaceActions marketplaces;
    private final InspectionJson views;
    private final Answers answers;

    MarketplaceControl(SandboxData data, MarketplaceActions marketplaces, InspectionJson views, Answers answers) {
        this.data = data;
        this.marketplaces = marketplaces;
        this.views = views;
        this.answers = answers;
    }

    void mount(Router router) {
        router.post("/_sandbox/marketplace/orders").handler(BodyHandler.create()).handler(ctx -> answers.answer(ctx,
                () -> {
                    JsonNode body = answers.body(ctx);
                    return views.order(marketplaces.order(marketId(body), lines(body)));
                }));
        router.put("/_sandbox/marketplace/orders/:referencia").handler(BodyHandler.create()).handler(ctx ->
                answers.answer(ctx, () -> {
                    JsonNode body = answers.body(ctx);
                    String estatus = body.path("estatus").asText("");
                    if (estatus.isEmpty()) {
                        throw new IllegalArgumentException("send {\"estatus\": \"…\", \"comentario\": \"…\"}");
                    }
                    return views.order(marketplaces.changeStatus(ctx.pathParam("referencia"), estatus,
                            body.path("comentario").asText("")));
                }));
        router.post("/_sandbox/marketplace/orders/:referencia/cancel").handler(BodyHandler.create()).handler(ctx ->
                answers.answer(ctx, () -> views.order(marketplaces.cancel(ctx.pathParam("referencia"),
                        answers.body(ctx).path("comentario").asText("Cancelado por el comprador")))));
        router.put("/_sandbox/state/products/:sku/markets/:marketId").handler(BodyHandler.create()).handler(ctx ->
                answers.answer(ctx, () -> views.product(setState(ctx))));
    }

    void reset() {
        marketplaces.reset();
    }

    private Product setState(RoutingContext ctx) {
        String sku = ctx.pathParam("sku");
        int marketId = parseInt(ctx.pathParam("marketId"), "market id");
        String estado = answers.body(ctx).path("estado").asText("");
        PublicationState state = PublicationState.ofAction(estado).orElseThrow(() -> new IllegalArgumentException(
                "estado must be one of publicar, agotar, suspender, parcial, fulfillment; got '" + estado + "'"));
        if (data.catalogue().market(marketId).isEmpty()) {
            throw new IllegalArgumentException("unknown market " + marketId);
        }
        return data.products().exclusively(() -> {
            Product product = data.products().bySku(sku)
                    .orElseThrow(() -> new NoSuchElementException("no product with SKU " + sku));
            return data.publisher().setState(product, marketId, state);
        });
    }

    private static int marketId(JsonNode body) {
        JsonNode value = body.path("market_id");
        if (!value.canConvertToInt() && !(value.isTextual() && value.asText().matches("\\d+"))) {
            throw new IllegalArgumentException("send market_id, the marketplace's id");
        }
        return value.asInt();
    }

    /** {@code lines: [{sku, cantidad (1), fulfillment (false), precio (the listing's sale price)}]}. */
    private static List<LineRequest> lines(JsonNode body) {
        List<LineRequest> lines = new ArrayList<>();
        for (JsonNode line : body.path("lines")) {
            String sku = line.path("sku").asText("");
            if (sku.isEmpty()) {
                throw new IllegalArgumentException("every line needs a sku (the variation's seller SKU)");
            }
            JsonNode fulfillment = line.path("fulfillment");
            BigDecimal precio = line.hasNonNull("precio") ? new BigDecimal(line.path("precio").asText()) : null;
            lines.add(new LineRequest(sku, line.path("cantidad").asInt(1),
                    fulfillment.asBoolean(false) || fulfillment.asInt(0) == 1, precio));
        }
        return lines;
    }

    private static int parseInt(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + text + "'");
        }
    }
}

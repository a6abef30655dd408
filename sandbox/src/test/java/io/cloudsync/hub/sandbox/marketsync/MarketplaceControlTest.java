package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inspection API's levers: a buyer orders, the marketplace changes or cancels, the seller's UI sets a state. */
class MarketplaceControlTest extends SharedSandboxTest {

    @Test
    void aTestOrdersGivenSkusOnAGivenMarketAndMarketSyncListsTheOrder() {
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO);
        long other = sandbox.createProductWithVariation("PLAYERA-002", "PLAYERA-002-M");

        HttpResponse<String> answer = sandbox.raw("POST", "/_sandbox/marketplace/orders", """
                {"market_id": 4, "lines": [{"sku": "PLAYERA-001-M", "cantidad": 2},
                                           {"sku": "PLAYERA-002-M", "cantidad": 1, "fulfillment": 1, "precio": 120.5}]}
                """);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode order = Sandbox.parse(answer.body());
        assertThat(order.path("market").asText()).isEqualTo("Mercado");
        assertThat(order.path("estatus").asText()).isEqualTo("paid");
        JsonNode pedido = sandbox.get("pedidos").get(0);
        assertThat(pedido.path("referencia").asText()).isEqualTo(order.path("referencia").asText());
        JsonNode items = pedido.path("items");
        assertThat(items.get(0).path("cantidad").asText()).isEqualTo("2");
        assertThat(items.get(0).path("precio").asText()).as("the listing's sale price").isEqualTo("349.00");
        assertThat(items.get(0).path("fulfillment").asText()).isEqualTo("0");
        assertThat(items.get(1).path("product_id").asText()).isEqualTo(Long.toString(other));
        assertThat(items.get(1).path("precio").asText()).isEqualTo("120.50");
        assertThat(items.get(1).path("fulfillment").asText()).isEqualTo("1");
        assertThat(pedido.path("total").asText()).isEqualTo("818.50");
        assertThat(sandbox.simulator.requests().all()).noneMatch(r -> r.controller().equals("_sandbox"));
    }

    @Test
    void afterAResetTheSameCallsGiveTheSameOrders() {
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.AMAZON);
        JsonNode first = sandbox.buy(Items.AMAZON, "PLAYERA-001-M", 1, false);

        assertThat(sandbox.raw("DELETE", "/_sandbox/state", null).statusCode()).isEqualTo(200);
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.AMAZON);
        JsonNode again = sandbox.buy(Items.AMAZON, "PLAYERA-001-M", 1, false);

        assertThat(again.path("referencia").asText()).isEqualTo(first.path("referencia").asText());
        assertThat(again.path("entregara").asText()).isEqualTo(first.path("entregara").asText());
    }

    @Test
    void aBadOrderRequestIsRefusedNamingWhy() {
        sandbox.createProductWithVariation("PLAYERA-001", "PLAYERA-001-M");

        HttpResponse<String> unknownMarket = sandbox.raw("POST", "/_sandbox/marketplace/orders",
                "{\"market_id\": 3, \"lines\": [{\"sku\": \"PLAYERA-001-M\"}]}");
        HttpResponse<String> unknownSku = sandbox.raw("POST", "/_sandbox/marketplace/orders",
                "{\"market_id\": 4, \"lines\": [{\"sku\": \"NOPE\"}]}");
        HttpResponse<String> noLines = sandbox.raw("POST", "/_sandbox/marketplace/orders", "{\"market_id\": 4}");

        assertThat(unknownMarket.statusCode()).isEqualTo(400);
        assertThat(unknownMarket.body()).contains("unknown market 3");
        assertThat(unknownSku.body()).contains("unknown seller SKU NOPE");
        assertThat(noLines.body()).contains("at least one line");
        assertThat(sandbox.state().orders()).isEmpty();
    }

    @Test
    void theMarketplaceChangesAnOrdersStatusWithItsOwnWordsOnly() {
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", 5);
        String referencia = sandbox.buy(5, "PLAYERA-001-M", 1, false).path("referencia").asText();

        HttpResponse<String> refused = sandbox.raw("PUT", "/_sandbox/marketplace/orders/" + referencia,
                "{\"estatus\": \"cancelled\"}");
        HttpResponse<String> accepted = sandbox.raw("PUT", "/_sandbox/marketplace/orders/" + referencia,
                "{\"estatus\": \"RECEIVED\", \"comentario\": \"Aceptado\"}");
        HttpResponse<String> cancelled = sandbox.raw("POST", "/_sandbox/marketplace/orders/" + referencia + "/cancel",
                null);
        HttpResponse<String> unknown = sandbox.raw("POST", "/_sandbox/marketplace/orders/NOPE/cancel", null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("'cancelled' is not a status of Walmart");
        assertThat(Sandbox.parse(accepted.body()).path("estatus").asText()).isEqualTo("RECEIVED");
        JsonNode order = Sandbox.parse(cancelled.body());
        assertThat(order.path("estatus").asText()).isEqualTo("CANCELED");
        assertThat(order.path("history")).extracting(h -> h.path("estatus").asText() + "/" + h.path("by").asText())
                .containsExactly("WAITING ACCEPTANCE/marketplace", "RECEIVED/marketplace", "CANCELED/marketplace");
        assertThat(unknown.statusCode()).isEqualTo(404);
        JsonNode shown = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/orders/" + referencia, null).body());
        assertThat(shown.path("history")).hasSize(3);
        assertThat(sandbox.raw("GET", "/_sandbox/state/orders/NOPE", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theSellerSetsAStateInMarketSyncsUiAndTheApiShowsItAsPreciosEstado() {
        long id = sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO, Items.AMAZON);
        sandbox.simulator.requests().clear();

        HttpResponse<String> suspended = sandbox.raw("PUT", "/_sandbox/state/products/PLAYERA-001/markets/4",
                "{\"estado\": \"suspender\"}");
        sandbox.raw("PUT", "/_sandbox/state/products/PLAYERA-001/markets/6", "{\"estado\": \"parcial\"}");

        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(sandbox.simulator.requests().all()).as("not an API call").isEmpty();
        JsonNode product = sandbox.get("productos", Map.of("ids", Long.toString(id))).get(0);
        assertThat(product.path("precios")).anySatisfy(p -> {
            assertThat(p.path("id").asText()).isEqualTo("4");
            assertThat(p.path("estado").asText()).isEqualTo("suspender");
        }).anySatisfy(p -> {
            assertThat(p.path("id").asText()).isEqualTo("6");
            assertThat(p.path("estado").asText()).isEqualTo("parcial");
        });
        assertThat(product.path("markets")).anySatisfy(m -> {
            assertThat(m.path("market_id").asText()).isEqualTo("4");
            assertThat(m.path("activo").asText()).isEqualTo("0");
        });
        assertThat(sandbox.raw("PUT", "/_sandbox/state/products/PLAYERA-001/markets/4", "{\"estado\": \"borrar\"}")
                .statusCode()).isEqualTo(400);
        assertThat(sandbox.raw("PUT", "/_sandbox/state/products/NOPE/markets/4", "{\"estado\": \"agotar\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aStateSetInTheUiCanBePublishedAgainThroughTheApi() {
        long id = sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO);
        sandbox.raw("PUT", "/_sandbox/state/products/PLAYERA-001/markets/4", "{\"estado\": \"agotar\"}");
        assertThat(sandbox.state().stockOnMarket(sandbox.state().product("PLAYERA-001").orElseThrow(), 4)).isZero();

        sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.MERCADO)));

        assertThat(sandbox.state().stockOnMarket(sandbox.state().product("PLAYERA-001").orElseThrow(), 4))
                .isEqualTo(10);
    }
}

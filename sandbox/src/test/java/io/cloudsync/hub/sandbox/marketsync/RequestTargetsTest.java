package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.RequestTargets.ProductMarket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request log names the products and product–marketplace pairs each call touched, and filters by product. */
class RequestTargetsTest extends SharedSandboxTest {

    @Test
    void eachCallNamesTheProductsItTouchedWhateverTheyWereCalled() {
        long first = sandbox.createProductWithVariation("PLAYERA-001", "PLAYERA-001-M");
        long second = sandbox.createProducts("PLAYERA-002");
        sandbox.simulator.requests().clear();

        sandbox.send("PUT", "precios", Items.array(
                Items.NODES.objectNode().put("product_id", first).put("market_id", Items.MERCADO).put("precio", 399)
                        .put("oferta", 349),
                Items.NODES.objectNode().put("product_id", second).put("market_id", Items.AMAZON).put("precio", 399)
                        .put("oferta", 349)));
        sandbox.send("PUT", "stock", Items.array(Items.NODES.objectNode().put("product_id", first)
                .put("seller_sku", "PLAYERA-001-M").put("stock", 4)));
        sandbox.get("stock", Map.of("skus", "PLAYERA-002"));

        List<LoggedRequest> log = sandbox.simulator.requests().all();
        assertThat(log.get(0).targets().productIds()).containsExactly(first, second);
        assertThat(log.get(0).targets().productMarkets()).containsExactly(
                new ProductMarket(first, Items.MERCADO), new ProductMarket(second, Items.AMAZON));
        assertThat(log.get(1).targets().productIds()).containsExactly(first);
        assertThat(log.get(1).targets().productMarkets()).isEmpty();
        assertThat(log.get(2).targets().productIds()).as("a GET by SKU").containsExactly(second);
    }

    @Test
    void theInspectionApiListsOnlyTheCallsThatTouchedAProduct() {
        long first = sandbox.createProductWithVariation("PLAYERA-001", "PLAYERA-001-M");
        long second = sandbox.createProducts("PLAYERA-002");
        long before = sandbox.simulator.requests().lastSequence();
        sandbox.send("PUT", "stock", Items.array(Items.NODES.objectNode().put("product_id", first)
                .put("seller_sku", "PLAYERA-001-M").put("stock", 4)));
        sandbox.send("PUT", "productos/suspender", Items.array(Items.NODES.objectNode().put("product_id", second)
                .put("market_id", Items.AMAZON)));
        sandbox.get("markets");

        JsonNode forFirst = Sandbox.parse(sandbox.raw("GET", "/_sandbox/requests?since=" + before
                + "&sku=PLAYERA-001", null).body());
        JsonNode forVariation = Sandbox.parse(sandbox.raw("GET", "/_sandbox/requests?since=" + before
                + "&sku=PLAYERA-001-M", null).body());
        JsonNode forSecond = Sandbox.parse(sandbox.raw("GET", "/_sandbox/requests?sku=PLAYERA-002&controller=productos",
                null).body());

        assertThat(forFirst.path("requests")).singleElement().satisfies(r -> {
            assertThat(r.path("controller").asText()).isEqualTo("stock");
            assertThat(r.path("productIds")).extracting(JsonNode::asLong).containsExactly(first);
        });
        assertThat(forVariation.path("requests")).hasSize(1);
        assertThat(forSecond.path("requests")).extracting(r -> r.path("section").asText())
                .containsExactly("", "suspender");
        assertThat(forSecond.path("requests").get(1).path("productMarkets").get(0).path("marketId").asInt())
                .isEqualTo(Items.AMAZON);
    }
}

package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Products go live after the publication delay or at once with publicar; agotar, suspender and co. per marketplace. */
class PublicationTest {

    private Sandbox sandbox;

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void aNewProductIsPublishedOnEveryMarketplaceOnceTheDelayHasPassed() {
        sandbox = Sandbox.with(Duration.ofMillis(500), 0, 0);

        JsonNode created = sandbox.send("POST", "productos", Items.array(Items.product("PLAYERA-001")));

        assertThat(created.get(0).path("markets")).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(sandbox.state().product("PLAYERA-001").orElseThrow().everPublished()).isTrue());
        Product product = sandbox.state().product("PLAYERA-001").orElseThrow();
        for (Market market : sandbox.state().catalogue().markets()) {
            assertThat(product.listing(market.id()).published()).as(market.market()).isTrue();
            assertThat(product.listing(market.id()).marketSku()).startsWith(market.skuPrefix());
        }
        JsonNode shown = sandbox.get("productos", Map.of("skus", "PLAYERA-001")).get(0);
        assertThat(shown.path("activo").asText()).isEqualTo("1");
        assertThat(shown.path("markets")).hasSize(sandbox.state().catalogue().markets().size());
        JsonNode mercado = shown.path("markets").get(2);
        assertThat(mercado.path("market").asText()).isEqualTo("Mercado");
        assertThat(mercado.path("market_sku").asText()).startsWith("MLM");
        assertThat(mercado.path("referencia").asText()).startsWith("https://articulo.mercadolibre.com.mx/MLM");
        assertThat(mercado.path("activo").asText()).isEqualTo("1");
    }

    @Test
    void aProductSuspendedOnAMarketplaceIsNotPublishedThereByTheDelay() {
        sandbox = Sandbox.with(Duration.ofMillis(500), 0, 0);
        long id = sandbox.createProducts("PLAYERA-002");

        sandbox.send("PUT", "productos/suspender", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.AMAZON)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(sandbox.state().product("PLAYERA-002").orElseThrow().listing(Items.MERCADO).published())
                        .isTrue());
        MarketListing amazon = sandbox.state().product("PLAYERA-002").orElseThrow().listing(Items.AMAZON);
        assertThat(amazon.state()).isEqualTo(PublicationState.SUSPENDER);
        assertThat(amazon.published()).isFalse();
    }

    @Test
    void aDisabledMarketplaceGetsNoPublicationsUntilItIsEnabledAgain() {
        sandbox = Sandbox.with(Duration.ofMillis(300), 0, 0);
        JsonNode disabled = sandbox.send("POST", "markets", Items.NODES.objectNode().put("market_id", Items.AMAZON)
                .put("activo", 0).put("proteccion", 0));
        assertThat(disabled.path("result").asText()).isEqualTo("Posting market Amazon is disabled, with protection 0");
        sandbox.createProducts("PLAYERA-003");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(sandbox.state().product("PLAYERA-003").orElseThrow().everPublished()).isTrue());
        assertThat(sandbox.state().product("PLAYERA-003").orElseThrow().listing(Items.AMAZON).published()).isFalse();

        sandbox.send("POST", "markets", Items.NODES.objectNode().put("market_id", Items.AMAZON).put("activo", 1)
                .put("proteccion", 2));

        assertThat(sandbox.state().product("PLAYERA-003").orElseThrow().listing(Items.AMAZON).published()).isTrue();
        assertThat(sandbox.state().market(Items.AMAZON).proteccion()).isEqualTo(2);
    }

    @Test
    void publicarPublishesAtOnceOnThatMarketplaceOnly() {
        sandbox = Sandbox.quiet();
        long id = sandbox.createProducts("PLAYERA-004");

        JsonNode answer = sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode()
                .put("product_id", id).put("market_id", Items.MERCADO)));

        assertThat(answer).singleElement().satisfies(a -> {
            assertThat(a.path("market_id").asText()).isEqualTo("4");
            assertThat(a.path("market").asText()).isEqualTo("Mercado");
            assertThat(a.path("accion").asText()).isEqualTo("publicar");
        });
        Product product = sandbox.state().product("PLAYERA-004").orElseThrow();
        assertThat(product.listing(Items.MERCADO).published()).isTrue();
        assertThat(product.listing(Items.AMAZON).published()).isFalse();
        assertThat(product.everPublished()).isTrue();
        assertThat(sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode()
                .put("product_id", id).put("market_id", Items.MERCADO))).path("result").asText())
                .isEqualTo("No data was modified.");
    }

    @Test
    void theSameSeedGivesTheSameMarketplaceSkus() throws Exception {
        sandbox = Sandbox.quiet();
        long id = sandbox.createProducts("PLAYERA-005");
        sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.AMAZON)));
        try (Sandbox twin = Sandbox.quiet()) {
            long twinId = twin.createProducts("PLAYERA-005");
            twin.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", twinId)
                    .put("market_id", Items.AMAZON)));

            assertThat(twin.state().product("PLAYERA-005").orElseThrow().listing(Items.AMAZON).marketSku())
                    .isEqualTo(sandbox.state().product("PLAYERA-005").orElseThrow().listing(Items.AMAZON).marketSku())
                    .matches("B0[0-9A-Z]{8}");
        }
    }

    @Test
    void agotarSellsOutOnThatMarketplaceWhileOthersKeepTheirStock() {
        sandbox = Sandbox.quiet();
        long id = sandbox.createProductWithVariation("PLAYERA-006", "PLAYERA-006-M");
        for (int market : new int[] {Items.MERCADO, Items.AMAZON}) {
            sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                    .put("market_id", market)));
        }

        JsonNode answer = sandbox.send("PUT", "productos/agotar", Items.array(Items.NODES.objectNode()
                .put("product_id", id).put("market_id", Items.AMAZON)));

        assertThat(answer.get(0).path("accion").asText()).isEqualTo("agotar");
        Product product = sandbox.state().product("PLAYERA-006").orElseThrow();
        assertThat(product.listing(Items.AMAZON).state()).isEqualTo(PublicationState.AGOTAR);
        assertThat(sandbox.state().stockOnMarket(product, Items.AMAZON)).isZero();
        assertThat(sandbox.state().stockOnMarket(product, Items.MERCADO)).isEqualTo(10);
        JsonNode precios = sandbox.get("productos", Map.of("ids", Long.toString(id))).get(0).path("precios");
        assertThat(precios).anySatisfy(p -> {
            assertThat(p.path("market").asText()).isEqualTo("Amazon");
            assertThat(p.path("estado").asText()).isEqualTo("agotar");
        });
    }

    @Test
    void suspenderParcialAndFulfillmentAreRecordedPerMarketplace() {
        sandbox = Sandbox.quiet();
        long id = sandbox.createProducts("PLAYERA-007");

        sandbox.send("PUT", "productos/suspender", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.AMAZON)));
        sandbox.send("PUT", "productos/parcial", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.MERCADO)));
        sandbox.send("PUT", "productos/fulfillment", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", 5)));

        Product product = sandbox.state().product("PLAYERA-007").orElseThrow();
        assertThat(product.listing(Items.AMAZON).state()).isEqualTo(PublicationState.SUSPENDER);
        assertThat(product.listing(Items.MERCADO).state()).isEqualTo(PublicationState.PARCIAL);
        assertThat(product.listing(5).state()).isEqualTo(PublicationState.FULFILLMENT);
        assertThat(product.listing(1).state()).isEqualTo(PublicationState.PUBLICAR);
        assertThat(product.everPublished()).isFalse();
    }

    @Test
    void anUnknownMarketplaceOrADisabledOneForPublicarIsRefused() {
        sandbox = Sandbox.quiet();
        long id = sandbox.createProducts("PLAYERA-008");
        sandbox.send("POST", "markets", Items.NODES.objectNode().put("market_id", Items.AMAZON).put("activo", 0));

        MarketSyncException unknown = sandbox.refused("PUT", "productos/agotar", Items.array(
                Items.NODES.objectNode().put("product_id", id).put("market_id", 17)));
        MarketSyncException disabled = sandbox.refused("PUT", "productos/publicar", Items.array(
                Items.NODES.objectNode().put("product_id", id).put("market_id", Items.AMAZON)));

        assertThat(unknown.getMessage()).contains("market_id: invalid/missing field market [17]");
        assertThat(disabled.getMessage()).contains("market_id: market Amazon [6] is disabled for this seller");
    }
}

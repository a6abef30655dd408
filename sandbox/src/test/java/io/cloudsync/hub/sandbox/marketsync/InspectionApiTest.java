package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code /_sandbox/state}: what tests and the demo read, without signatures, and how they start over. */
class InspectionApiTest extends SharedSandboxTest {

    @Test
    void productsAreListedBySkuWithColumnsVariationsStockPricesAndStatePerMarketplace() {
        long id = sandbox.createProductWithVariation("PLAYERA-001", "PLAYERA-001-M");
        sandbox.createProducts("PLAYERA-002");
        sandbox.send("PUT", "precios", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.MERCADO).put("precio", 300).put("oferta", 250)));
        sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.MERCADO)));

        JsonNode all = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/products", null).body());

        assertThat(all.fieldNames()).toIterable().containsExactly("PLAYERA-001", "PLAYERA-002");
        JsonNode product = all.path("PLAYERA-001");
        assertThat(product.path("id").asLong()).isEqualTo(id);
        assertThat(product.path("columns").path("marca").asText()).isEqualTo("Studio Design");
        assertThat(product.path("variations").get(0).path("stock").asInt()).isEqualTo(10);
        assertThat(product.path("everPublished").asBoolean()).isTrue();
        assertThat(product.path("markets")).anySatisfy(m -> {
            assertThat(m.path("market").asText()).isEqualTo("Mercado");
            assertThat(m.path("estado").asText()).isEqualTo("publicar");
            assertThat(m.path("published").asBoolean()).isTrue();
            assertThat(m.path("marketSku").asText()).startsWith("MLM");
            assertThat(m.path("precio").decimalValue()).isEqualByComparingTo("300");
            assertThat(m.path("stockOnMarket").asInt()).isEqualTo(10);
        });
        assertThat(product.path("markets")).anySatisfy(m -> {
            assertThat(m.path("market").asText()).isEqualTo("Amazon");
            assertThat(m.path("published").asBoolean()).isFalse();
            assertThat(m.path("precio").isNull()).isTrue();
        });
        assertThat(all.path("PLAYERA-002").path("everPublished").asBoolean()).isFalse();
    }

    @Test
    void anUnknownSkuIs404() {
        assertThat(sandbox.raw("GET", "/_sandbox/state/products/NOPE", null).statusCode()).isEqualTo(404);
    }

    @Test
    void deletingTheStateStartsAnEmptySellerAccountOver() {
        sandbox.createProducts("PLAYERA-003");
        sandbox.send("POST", "markets", Items.NODES.objectNode().put("market_id", Items.AMAZON).put("activo", 0));

        assertThat(sandbox.raw("DELETE", "/_sandbox/state", null).statusCode()).isEqualTo(200);

        assertThat(sandbox.state().productCount()).isZero();
        assertThat(sandbox.state().market(Items.AMAZON).activo()).isTrue();
        assertThat(sandbox.createProducts("PLAYERA-003")).isEqualTo(1_000_001L);
    }

    @Test
    void nothingTheInspectionApiShowsCarriesThePrivateKey() {
        sandbox.createProductWithVariation("PLAYERA-004", "PLAYERA-004-M");

        for (String path : new String[] {"/_sandbox/state/products", "/_sandbox/requests", "/_sandbox/stats",
                "/_sandbox/state/markets", "/_sandbox/faults"}) {
            assertThat(sandbox.raw("GET", path, null).body()).as(path)
                    .doesNotContain(MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY).doesNotContain("signature");
        }
    }
}

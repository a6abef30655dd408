package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Create once, read back as MarketSync shows it, update only what changed, delete only what was never published. */
class ProductLifecycleTest extends SharedSandboxTest {

    @Test
    void postAnswersTheCreatedProductsWithTheirIdsInOrder() {
        JsonNode created = sandbox.send("POST", "productos", Items.array(Items.product("PLAYERA-001"),
                Items.product("PLAYERA-002")));

        assertThat(created).hasSize(2);
        assertThat(created.get(0).path("sku").asText()).isEqualTo("PLAYERA-001");
        assertThat(created.get(1).path("sku").asText()).isEqualTo("PLAYERA-002");
        long first = Long.parseLong(created.get(0).path("id").asText());
        assertThat(Long.parseLong(created.get(1).path("id").asText())).isEqualTo(first + 1);
        assertThat(sandbox.state().product("PLAYERA-002").orElseThrow().id()).isEqualTo(first + 1);
    }

    @Test
    void getShowsTheProductTheWayTheDocumentationDoesWithNumbersAsStrings() {
        long id = sandbox.createProductWithVariation("PLAYERA-003", "PLAYERA-003-M");
        sandbox.send("PUT", "precios", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.AMAZON).put("precio", 599).put("oferta", 549.5)));

        JsonNode product = sandbox.get("productos", Map.of("ids", Long.toString(id))).get(0);

        assertThat(product.path("id").asText()).isEqualTo(Long.toString(id));
        assertThat(product.path("alto").asText()).isEqualTo("2.00");
        assertThat(product.path("peso").asText()).isEqualTo("1.000");
        assertThat(product.path("ppeso").asText()).isEqualTo("1.000");
        assertThat(product.path("categoria_id").asText()).isEqualTo("7416");
        assertThat(product.path("categoria").asText()).isEqualTo("ROPA_BOLSAS_Y_CALZADO/PLAYERAS/PLAYERAS_PARA_HOMBRE");
        assertThat(product.path("stock").asText()).isEqualTo("10");
        assertThat(product.path("precio").asText()).isEqualTo("599.00");
        assertThat(product.path("oferta").asText()).isEqualTo("549.50");
        assertThat(product.path("p_condition").asText()).isEqualTo("new");
        assertThat(product.path("precios")).singleElement().satisfies(p -> {
            assertThat(p.path("id").asText()).isEqualTo("6");
            assertThat(p.path("market").asText()).isEqualTo("Amazon");
            assertThat(p.path("precio").asText()).isEqualTo("599.0000");
            assertThat(p.path("estado").asText()).isEqualTo("publicar");
        });
        assertThat(product.path("markets")).isEmpty();
        assertThat(product.path("atributos")).extracting(a -> a.path("atributo_id").asText())
                .containsExactly("BRAND", "MODEL", "GENDER");
        assertThat(product.path("atributos").get(0).path("nombre").asText()).isEqualTo("Marca");
        JsonNode variation = product.path("variaciones").get(0);
        assertThat(variation.path("sku").asText()).isEqualTo("PLAYERA-003-M");
        assertThat(variation.path("stock").asText()).isEqualTo("10");
        assertThat(variation.path("imagen")).hasSize(2);
        assertThat(variation.path("imagen").get(0).path("orden").asText()).isEqualTo("1");
        assertThat(variation.path("imagen").get(0).path("recurso_id").asText()).isEqualTo("1");
        assertThat(variation.path("bullet").get(0).path("url").asText()).isEqualTo("100 % algodón");
        assertThat(variation.path("video").isNull()).isTrue();
    }

    @Test
    void getFiltersByIdsSkusModelBrandAndNameAndPages() {
        sandbox.createProducts("PLAYERA-010", "PLAYERA-011", "PLAYERA-012");
        ObjectNode other = Items.product("TAZA-000001");
        other.put("nombre", "Taza mágica").put("modelo", "MUG-1").put("marca", "Casa Azul");
        sandbox.send("POST", "productos", Items.array(other));

        assertThat(skus(sandbox.get("productos", Map.of("skus", "PLAYERA-011,TAZA-000001,NO-SUCH-SKU"))))
                .containsExactly("PLAYERA-011", "TAZA-000001");
        assertThat(skus(sandbox.get("productos", Map.of("model", "MUG-1")))).containsExactly("TAZA-000001");
        assertThat(skus(sandbox.get("productos", Map.of("brand", "studio design")))).hasSize(3);
        assertThat(skus(sandbox.get("productos", Map.of("name", "MÁGICA")))).containsExactly("TAZA-000001");
        assertThat(skus(sandbox.get("productos", Map.of("limit", "2", "offset", "1"))))
                .containsExactly("PLAYERA-011", "PLAYERA-012");
    }

    @Test
    void putChangesOnlyTheColumnsItCarriesAndAnswersTheProduct() {
        long id = sandbox.createProducts("PLAYERA-020");

        JsonNode answer = sandbox.send("PUT", "productos", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("nombre", "Playera colibrí edición 2").put("ppeso", 2)));

        assertThat(answer.get(0).path("nombre").asText()).isEqualTo("Playera colibrí edición 2");
        Product product = sandbox.state().product("PLAYERA-020").orElseThrow();
        assertThat(product.columns().asMap()).containsEntry("nombre", "Playera colibrí edición 2")
                .containsEntry("ppeso", "2").containsEntry("marca", "Studio Design");
        assertThat(product.updates()).isOne();
    }

    @Test
    void aPutThatChangesNothingSaysSoAndCountsNoUpdate() {
        long id = sandbox.createProducts("PLAYERA-021");

        JsonNode answer = sandbox.send("PUT", "productos", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("marca", "Studio Design")));

        assertThat(answer.path("result").asText()).isEqualTo("No data was modified.");
        assertThat(sandbox.state().product("PLAYERA-021").orElseThrow().updates()).isZero();
    }

    @Test
    void putAttributesAreMergedIntoTheProductsAttributes() {
        long id = sandbox.createProducts("PLAYERA-022");
        ObjectNode change = Items.NODES.objectNode().put("product_id", id);
        change.putArray("atributos").addObject().put("atributo", "BRAND").put("valor", "Studio Design MX");

        sandbox.send("PUT", "productos", Items.array(change));

        assertThat(sandbox.state().product("PLAYERA-022").orElseThrow().atributos())
                .extracting(a -> a.atributo() + "=" + a.valor())
                .containsExactly("BRAND=Studio Design MX", "MODEL=demo_1", "GENDER=Hombre");
    }

    @Test
    void anUnpublishedProductIsDeleted() {
        long id = sandbox.createProducts("PLAYERA-030", "PLAYERA-031");

        JsonNode answer = sandbox.send("DELETE", "productos", Items.array(
                Items.NODES.objectNode().put("product_id", id)));

        assertThat(answer.path("result").asText()).isEqualTo("Item(s) removed.");
        assertThat(sandbox.state().product("PLAYERA-030")).isEmpty();
        assertThat(sandbox.state().product("PLAYERA-031")).isPresent();
    }

    @Test
    void aPublishedProductCannotBeDeletedAndTheRefusalSaysToSellItOut() {
        long id = sandbox.createProducts("PLAYERA-032");
        sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.MERCADO)));

        MarketSyncException refused = sandbox.refused("DELETE", "productos", Items.array(
                Items.NODES.objectNode().put("product_id", id)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.getMessage()).contains("product_id: product " + id + " (sku PLAYERA-032) was published on "
                + "Mercado").contains("productos/agotar");
        assertThat(sandbox.state().product("PLAYERA-032")).isPresent();
    }

    @Test
    void aDeleteBatchWithOnePublishedProductRemovesNothing() {
        long id = sandbox.createProducts("PLAYERA-033", "PLAYERA-034");
        sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id + 1)
                .put("market_id", Items.AMAZON)));

        MarketSyncException refused = sandbox.refused("DELETE", "productos", Items.array(
                Items.NODES.objectNode().put("product_id", id), Items.NODES.objectNode().put("product_id", id + 1)));

        assertThat(refused.getMessage()).contains("item 1 (sku PLAYERA-034)").doesNotContain("item 0");
        assertThat(sandbox.state().productCount()).isEqualTo(2);
    }

    @Test
    void deletingAnUnknownProductIsRefused() {
        MarketSyncException refused = sandbox.refused("DELETE", "productos", Items.array(
                Items.NODES.objectNode().put("product_id", 777)));

        assertThat(refused.getMessage()).contains("product_id: unknown product 777");
    }

    @Test
    void theSameSkuPostedConcurrentlyIsCreatedExactlyOnce() throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<Boolean>> attempts = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(threads.submit(() -> {
                try {
                    sandbox.send("POST", "productos", Items.array(Items.product("PLAYERA-040")));
                    return true;
                } catch (MarketSyncException refused) {
                    return false;
                }
            }));
        }
        int created = 0;
        for (java.util.concurrent.Future<Boolean> attempt : attempts) {
            created += attempt.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(created).isOne();
        assertThat(sandbox.state().productCount()).isOne();
    }

    private static java.util.List<String> skus(JsonNode products) {
        return StreamSupport.stream(products.spliterator(), false).map(p -> p.path("sku").asText()).toList();
    }
}

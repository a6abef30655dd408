package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented creation order after the product: variations, stock per variation, prices per marketplace. */
class VariationStockPriceTest extends SharedSandboxTest {

    @Test
    void variationsAreCreatedAndShownWithTheProduct() {
        long id = sandbox.createProducts("PLAYERA-001");

        JsonNode answer = sandbox.send("POST", "variacion", Items.array(Items.variation(id, "PLAYERA-001-S"),
                Items.variation(id, "PLAYERA-001-M")));

        assertThat(answer).extracting(v -> v.path("sku").asText()).containsExactly("PLAYERA-001-S", "PLAYERA-001-M");
        assertThat(answer.get(0).path("product_id").asText()).isEqualTo(Long.toString(id));
        Product product = sandbox.state().product("PLAYERA-001").orElseThrow();
        assertThat(product.variations()).extracting(Variation::sku).containsExactly("PLAYERA-001-S", "PLAYERA-001-M");
        Variation small = product.variation("PLAYERA-001-S").orElseThrow();
        assertThat(small.base()).isEqualTo("BLANCO");
        assertThat(small.images()).hasSize(2);
        assertThat(sandbox.state().productOfVariation("PLAYERA-001-M")).contains(product);
        JsonNode inspected = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/products/PLAYERA-001", null).body());
        assertThat(inspected.path("variations")).extracting(v -> v.path("sku").asText())
                .containsExactly("PLAYERA-001-S", "PLAYERA-001-M");
    }

    @Test
    void aVariationNeedsImagen1ToImagen6AndAtLeastOneImage() {
        long id = sandbox.createProducts("PLAYERA-002");
        ObjectNode noSlot = Items.variation(id, "PLAYERA-002-S");
        noSlot.remove("imagen5");
        ObjectNode noImage = Items.variation(id, "PLAYERA-002-M");
        noImage.put("imagen1", "").put("imagen2", "");

        MarketSyncException refused = sandbox.refused("POST", "variacion", Items.array(noSlot, noImage));

        assertThat(refused.getMessage())
                .contains("item 0 (sku PLAYERA-002-S): imagen5: missing (imagen1…imagen6 must be sent")
                .contains("item 1 (sku PLAYERA-002-M): imagen1: at least one image is required");
    }

    @Test
    void imagesAreUniqueUrlsOfAtMost250Characters() {
        long id = sandbox.createProducts("PLAYERA-003");
        ObjectNode duplicate = Items.variation(id, "PLAYERA-003-S");
        duplicate.put("imagen3", duplicate.path("imagen1").asText());
        ObjectNode notUrl = Items.variation(id, "PLAYERA-003-M");
        notUrl.put("imagen2", "foto.jpg").put("imagen4", "https://cdn.example.mx/" + "a".repeat(240));

        MarketSyncException refused = sandbox.refused("POST", "variacion", Items.array(duplicate, notUrl));

        assertThat(refused.getMessage()).contains("imagen3: duplicates imagen1")
                .contains("imagen2: not an http(s) URL: 'foto.jpg'").contains("imagen4: longer than 250 characters");
    }

    @Test
    void variationColumnsAreCheckedByLengthAndColourCatalogue() {
        long id = sandbox.createProducts("PLAYERA-004");
        ObjectNode bad = Items.variation(id, "PLAYERA-004-XXL-EXTRA");
        bad.put("base", "Blanco").put("color", "c".repeat(51)).put("talla", "t".repeat(16)).put("gtin", "75-0123")
                .put("stock", -2).put("bullet2", "b".repeat(251));

        MarketSyncException refused = sandbox.refused("POST", "variacion", Items.array(bad));

        assertThat(refused.getMessage()).contains("sku: longer than 18 characters (21)")
                .contains("base: must be upper case: 'BLANCO'").contains("color: longer than 50 characters")
                .contains("talla: longer than 15 characters").contains("gtin: must contain only digits")
                .contains("stock: must be 0 or more, got -2").contains("bullet2: longer than 250 characters");
    }

    @Test
    void aSellerSkuIsUniqueAndItsProductMustExist() {
        long id = sandbox.createProductWithVariation("PLAYERA-005", "PLAYERA-005-M");
        long other = sandbox.createProducts("PLAYERA-006");

        MarketSyncException refused = sandbox.refused("POST", "variacion", Items.array(
                Items.variation(other, "PLAYERA-005-M"), Items.variation(99, "PLAYERA-006-M")));

        assertThat(refused.getMessage())
                .contains("sku: seller SKU PLAYERA-005-M already exists (product " + id + ", sku PLAYERA-005)")
                .contains("item 1 (sku PLAYERA-006-M): product_id: unknown product 99");
    }

    @Test
    void aCategoryWithoutVariationsTakesOneVariationPerProduct() {
        ObjectNode radio = Items.product("RADIO-00001");
        radio.put("categoria_id", Items.RADIOS);
        radio.remove("atributos");
        radio.putArray("atributos").addObject().put("atributo_id", "BRAND").put("valor", "New Wave");
        ((com.fasterxml.jackson.databind.node.ArrayNode) radio.get("atributos")).addObject()
                .put("atributo_id", "MODEL").put("valor", "H777");
        long id = sandbox.send("POST", "productos", Items.array(radio)).get(0).path("id").asLong();
        sandbox.send("POST", "variacion", Items.array(Items.variation(id, "RADIO-00001-A")));

        MarketSyncException refused = sandbox.refused("POST", "variacion", Items.array(
                Items.variation(id, "RADIO-00001-B")));

        assertThat(refused.getMessage()).contains("product_id: category 2752 (PORTATILES) does not allow variations");
    }

    @Test
    void aVariationIsUpdatedWithTheColumnsSentAndDeletedWhileUnpublished() {
        long id = sandbox.createProductWithVariation("PLAYERA-007", "PLAYERA-007-M");

        sandbox.send("PUT", "variacion", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("sku", "PLAYERA-007-M").put("color", "Marfil").put("imagen3", "https://cdn.example.mx/x3.jpg")));

        Variation updated = sandbox.state().product("PLAYERA-007").orElseThrow().variation("PLAYERA-007-M")
                .orElseThrow();
        assertThat(updated.color()).isEqualTo("Marfil");
        assertThat(updated.images()).hasSize(3).endsWith("https://cdn.example.mx/x3.jpg");
        assertThat(updated.stock()).isEqualTo(10);

        JsonNode removed = sandbox.send("DELETE", "variacion", Items.array(Items.NODES.objectNode()
                .put("product_id", id).put("sku", "PLAYERA-007-M")));
        assertThat(removed.path("result").asText()).isEqualTo("Item(s) removed.");
        assertThat(sandbox.state().product("PLAYERA-007").orElseThrow().variations()).isEmpty();
    }

    @Test
    void variationsOfAPublishedProductCannotBeDeleted() {
        long id = sandbox.createProductWithVariation("PLAYERA-008", "PLAYERA-008-M");
        sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.MERCADO)));

        MarketSyncException refused = sandbox.refused("DELETE", "variacion", Items.array(Items.NODES.objectNode()
                .put("product_id", id).put("sku", "PLAYERA-008-M")));

        assertThat(refused.getMessage()).contains("product_id: product " + id + " (sku PLAYERA-008) was published");
    }

    @Test
    void stockIsSetPerSellerSkuAndReadBack() {
        long id = sandbox.createProductWithVariation("PLAYERA-010", "PLAYERA-010-M");
        sandbox.send("POST", "variacion", Items.array(Items.variation(id, "PLAYERA-010-L")));

        JsonNode answer = sandbox.send("PUT", "stock", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("seller_sku", "PLAYERA-010-L").put("stock", 3)));

        assertThat(answer.get(0).path("skus")).anySatisfy(s -> {
            assertThat(s.path("seller_sku").asText()).isEqualTo("PLAYERA-010-L");
            assertThat(s.path("stock").asText()).isEqualTo("3");
            assertThat(s.path("teorico").asText()).isEqualTo("3");
        });
        JsonNode listed = sandbox.get("stock", Map.of("skus", "PLAYERA-010")).get(0);
        assertThat(listed.path("sku").asText()).isEqualTo("PLAYERA-010");
        assertThat(listed.path("skus")).extracting(s -> s.path("seller_sku").asText() + "=" + s.path("stock").asText())
                .containsExactly("PLAYERA-010-M=10", "PLAYERA-010-L=3");
        JsonNode inspected = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/products/PLAYERA-010", null).body());
        assertThat(inspected.path("totalStock").asInt()).isEqualTo(13);
        assertThat(sandbox.send("PUT", "stock", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("seller_sku", "PLAYERA-010-L").put("stock", 3))).path("result").asText())
                .isEqualTo("No data was modified.");
    }

    @Test
    void stockUpdatesAreValidated() {
        long id = sandbox.createProductWithVariation("PLAYERA-011", "PLAYERA-011-M");

        MarketSyncException refused = sandbox.refused("PUT", "stock", Items.array(
                Items.NODES.objectNode().put("product_id", id).put("seller_sku", "NOPE").put("stock", 1),
                Items.NODES.objectNode().put("product_id", id).put("seller_sku", "PLAYERA-011-M").put("stock", -1),
                Items.NODES.objectNode().put("product_id", id).put("seller_sku", "S".repeat(21)).put("stock", 1.5)));

        assertThat(refused.getMessage()).contains("item 0 (sku NOPE): seller_sku: product " + id + " has no variation")
                .contains("item 1 (sku PLAYERA-011-M): stock: must be 0 or more")
                .contains("seller_sku: longer than 20 characters").contains("stock: must be an integer, got 1.5");
        assertThat(sandbox.state().product("PLAYERA-011").orElseThrow().totalStock()).isEqualTo(10);
    }

    @Test
    void theStockCutoffDateIsSet() {
        JsonNode answer = sandbox.send("POST", "stock", Items.NODES.objectNode()
                .put("update_stock", "2019-12-01T00:01:02"));

        assertThat(answer.path("result").asText()).isEqualTo("Date-Stock updated to  2019-12-01 00:01:02");
        assertThat(sandbox.state().stockCutoff()).hasValueSatisfying(d -> assertThat(d).hasYear(2019));
    }

    @Test
    void pricesAreSetPerMarketplaceAndReadBack() {
        long id = sandbox.createProducts("PLAYERA-020");

        JsonNode answer = sandbox.send("PUT", "precios", Items.array(
                Items.NODES.objectNode().put("product_id", id).put("market_id", Items.MERCADO).put("precio", 204)
                        .put("oferta", 104),
                Items.NODES.objectNode().put("product_id", id).put("market_id", Items.AMAZON).put("precio", "206.50")
                        .put("oferta", "199.99")));

        assertThat(answer.get(0).path("precios")).extracting(p -> p.path("market").asText() + " "
                + p.path("precio").asText() + " " + p.path("oferta").asText())
                .containsExactly("Mercado 204.0000 104.0000", "Amazon 206.5000 199.9900");
        assertThat(sandbox.get("precios", Map.of("ids", Long.toString(id))).get(0).path("precios")).hasSize(2);
        MarketListing amazon = sandbox.state().product("PLAYERA-020").orElseThrow().listing(Items.AMAZON);
        assertThat(Money.toDecimal(amazon.oferta())).isEqualByComparingTo(new BigDecimal("199.99"));
        assertThat(amazon.discountAtRisk()).isFalse();
    }

    @Test
    void aDiscountOverSixtyPercentIsAcceptedButFlaggedAtRisk() {
        long id = sandbox.createProducts("PLAYERA-021");

        sandbox.send("PUT", "precios", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.MERCADO).put("precio", 1000).put("oferta", 399)));

        assertThat(sandbox.state().product("PLAYERA-021").orElseThrow().listing(Items.MERCADO).discountAtRisk())
                .isTrue();
        JsonNode inspected = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/products/PLAYERA-021", null).body());
        assertThat(inspected.path("markets")).anySatisfy(m -> {
            assertThat(m.path("market").asText()).isEqualTo("Mercado");
            assertThat(m.path("discountAtRisk").asBoolean()).isTrue();
            assertThat(m.path("oferta").decimalValue()).isEqualByComparingTo("399");
        });
    }

    @Test
    void pricesAreValidated() {
        long id = sandbox.createProducts("PLAYERA-022");

        MarketSyncException refused = sandbox.refused("PUT", "precios", Items.array(
                Items.NODES.objectNode().put("product_id", id).put("market_id", Items.AMAZON).put("precio", 100)
                        .put("oferta", 120),
                Items.NODES.objectNode().put("product_id", id).put("market_id", 17).put("precio", "cien")
                        .put("oferta", 0)));

        assertThat(refused.getMessage()).contains("item 0 (sku PLAYERA-022): oferta: 120 is greater than precio 100")
                .contains("market_id: invalid/missing field market [17]")
                .contains("precio: must be a number, got 'cien'").contains("oferta: must be greater than 0");
        assertThat(sandbox.state().product("PLAYERA-022").orElseThrow().listing(Items.AMAZON).priced()).isFalse();
    }
}

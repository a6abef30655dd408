package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The column table of the product controller, one rule at a time: each broken rule is refused naming its column. */
class ProductValidationTest extends SharedSandboxTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("nombre is mandatory", "nombre", "missing or empty", p -> p.remove("nombre")),
                rule("nombre may not be blank", "nombre", "missing or empty", p -> p.put("nombre", "  ")),
                rule("nombre has at most 120 characters", "nombre", "longer than 120 characters (121)",
                        p -> p.put("nombre", "x".repeat(121))),
                rule("descripcion has at most 250 characters", "descripcion", "longer than 250 characters",
                        p -> p.put("descripcion", "d".repeat(251))),
                rule("ficha has at most 5000 characters", "ficha", "longer than 5000 characters",
                        p -> p.put("ficha", "f".repeat(5001))),
                rule("marca has at most 50 characters", "marca", "longer than 50 characters",
                        p -> p.put("marca", "m".repeat(51))),
                rule("etiquetas has at most 200 characters", "etiquetas", "longer than 200 characters",
                        p -> p.put("etiquetas", "e".repeat(201))),
                rule("etiquetas is mandatory", "etiquetas", "missing or empty", p -> p.put("etiquetas", "")),
                rule("modelo has at most 30 characters", "modelo", "longer than 30 characters",
                        p -> p.put("modelo", "M".repeat(31))),
                rule("listing_type_id has at most 50 characters", "listing_type_id", "longer than 50 characters",
                        p -> p.put("listing_type_id", "g".repeat(51))),
                rule("warranty has at most 50 characters", "warranty", "longer than 50 characters",
                        p -> p.put("warranty", "1".repeat(51))),
                rule("nombre_modelo has at most 50 characters", "nombre_modelo", "longer than 50 characters",
                        p -> p.put("nombre_modelo", "n".repeat(51))),
                rule("color has at most 50 characters", "color", "longer than 50 characters",
                        p -> p.put("color", "c".repeat(51))),
                rule("base has at most 50 characters", "base", "longer than 50 characters",
                        p -> p.put("base", "B".repeat(51))),
                rule("etiquetas_web has at most 500 characters", "etiquetas_web", "longer than 500 characters",
                        p -> p.put("etiquetas_web", "w".repeat(501))),
                rule("taxcode has at most 20 characters", "taxcode", "longer than 20 characters",
                        p -> p.put("taxcode", "5".repeat(21))),
                rule("alto is an integer", "alto", "must be an integer, got 2.5", p -> p.put("alto", 2.5)),
                rule("ancho is an integer", "ancho", "must be an integer, got 'ancho'", p -> p.put("ancho", "ancho")),
                rule("largo is an integer", "largo", "must be an integer", p -> p.put("largo", "40cm")),
                rule("peso is an integer", "peso", "must be an integer, got 0.3", p -> p.put("peso", 0.3)),
                rule("dias_embarque is an integer", "dias_embarque", "must be an integer",
                        p -> p.put("dias_embarque", "dos")),
                rule("categoria_id is an integer", "categoria_id", "must be an integer",
                        p -> p.put("categoria_id", "ropa")),
                rule("filtro_id is an integer", "filtro_id", "must be an integer", p -> p.put("filtro_id", "x1")),
                rule("origen is an integer", "origen", "must be an integer", p -> p.put("origen", "MX")),
                rule("palto is an integer", "palto", "must be an integer", p -> p.put("palto", 3.2)),
                rule("pancho is an integer", "pancho", "must be an integer", p -> p.put("pancho", true)),
                rule("plargo is an integer", "plargo", "must be an integer", p -> p.put("plargo", "41.5")),
                rule("ppeso is an integer", "ppeso", "must be an integer, got 1.2", p -> p.put("ppeso", 1.2)),
                rule("dimensions are not negative", "alto", "must be 0 or more, got -1", p -> p.put("alto", -1)),
                rule("package dimensions are mandatory", "ppeso", "missing or empty", p -> p.remove("ppeso")),
                rule("sku is mandatory", "sku", "missing or empty", p -> p.remove("sku")),
                rule("sku has at least 5 characters", "sku", "must have 5 to 18 characters, has 4",
                        p -> p.put("sku", "8811")),
                rule("sku has at most 18 characters", "sku", "must have 5 to 18 characters, has 19",
                        p -> p.put("sku", "S".repeat(19))),
                rule("listing_type_id is a Mercado Libre listing type", "listing_type_id",
                        "must be one of bronze, silver, gold_pro, gold_premium, gold_special, gold; got 'platinum'",
                        p -> p.put("listing_type_id", "platinum")),
                rule("warranty reads (n) días|meses|años", "warranty", "must read '(n) días|meses|años'",
                        p -> p.put("warranty", "Garantia del vendedor: 30 dias")),
                rule("warranty units are plural", "warranty", "must read", p -> p.put("warranty", "1 mes")),
                rule("categoria_id exists", "categoria_id", "unknown category 99999",
                        p -> p.put("categoria_id", 99999)),
                rule("base is a base colour", "base", "'PURPURA' is not a base colour",
                        p -> p.put("base", "PURPURA")),
                rule("base is upper case", "base", "must be upper case: 'NEGRO', got 'Negro'",
                        p -> p.put("base", "Negro")),
                rule("origen is a known country", "origen", "unknown country 0", p -> p.put("origen", 0)),
                rule("date_created is a date-time", "date_created", "must be a date-time YYYY-MM-DDTHH:mm:ss",
                        p -> p.put("date_created", "ayer")),
                rule("date_created is mandatory", "date_created", "missing or empty", p -> p.remove("date_created")),
                rule("atributos is mandatory", "atributos", "missing", p -> p.remove("atributos")),
                rule("atributos is an array", "atributos", "must be an array", p -> p.put("atributos", "BRAND")),
                rule("atributos holds the category's mandatory product attributes", "atributos",
                        "missing mandatory attribute(s) GENDER of category 7416",
                        p -> ((com.fasterxml.jackson.databind.node.ArrayNode) p.get("atributos")).remove(2)),
                rule("attribute values have at most 50 characters", "atributos",
                        "BRAND valor longer than 50 characters (51)",
                        p -> ((ObjectNode) p.get("atributos").get(0)).put("valor", "v".repeat(51))),
                rule("attributes carry a value", "atributos", "MODEL has no valor",
                        p -> ((ObjectNode) p.get("atributos").get(1)).put("valor", "")),
                rule("variation attributes are not product attributes", "atributos",
                        "SIZE is a variation attribute of category 7416",
                        p -> p.withArray("atributos").addObject().put("atributo_id", "SIZE").put("valor", "M")),
                rule("columns outside the table are refused", "precio", "unknown column",
                        p -> p.put("precio", 599)));
    }

    private static Arguments rule(String name, String column, String reason, Consumer<ObjectNode> breakIt) {
        return Arguments.of(Named.of(name, column), reason, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aProductBreakingOneRuleIsRefusedNamingTheColumn(String column, String reason, Consumer<ObjectNode> breakIt) {
        ObjectNode product = Items.product("PLAYERA-001");
        breakIt.accept(product);

        MarketSyncException refused = sandbox.refused("POST", "productos", Items.array(product));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.getMessage()).contains("item 0 (sku ").contains(column + ": " + reason);
        assertThat(sandbox.state().productCount()).isZero();
    }

    @Test
    void theValidProductOfTheseTestsIsAccepted() {
        JsonNode created = sandbox.send("POST", "productos", Items.array(Items.product("PLAYERA-001")));

        assertThat(created).singleElement().satisfies(p -> assertThat(p.path("sku").asText()).isEqualTo("PLAYERA-001"));
    }

    @Test
    void numbersAsTextAndIntegralDecimalsAreIntegersAndOptionalColumnsMayBeEmpty() {
        ObjectNode product = Items.product("PLAYERA-002");
        product.put("alto", "12").put("peso", 2.0).put("filtro_id", "").put("warranty", "")
                .put("nombre_modelo", "").put("date_created", "2019-01-01 00:00:00");

        sandbox.send("POST", "productos", Items.array(product));

        assertThat(sandbox.state().product("PLAYERA-002").orElseThrow().columns().asMap())
                .containsEntry("alto", "12").containsEntry("peso", "2").containsEntry("warranty", "")
                .containsEntry("date_created", "2019-01-01 00:00:00");
    }

    @Test
    void aBadBatchIsRefusedWholeNamingEveryBadItemAndEveryColumn() {
        ObjectNode bad1 = Items.product("PLAYERA-011");
        bad1.put("nombre", "x".repeat(130)).put("warranty", "para siempre").remove("marca");
        ObjectNode bad2 = Items.product("P-1");

        MarketSyncException refused = sandbox.refused("POST", "productos", Items.array(Items.product("PLAYERA-010"),
                bad1, Items.product("PLAYERA-012"), bad2));

        assertThat(refused.getMessage()).contains("2 of 4 item(s) invalid, nothing was saved")
                .contains("item 1 (sku PLAYERA-011): nombre: longer than 120 characters (130)")
                .contains("warranty: must read").contains("marca: missing or empty")
                .contains("item 3 (sku P-1): sku: must have 5 to 18 characters, has 3")
                .doesNotContain("item 0").doesNotContain("item 2");
        assertThat(sandbox.state().productCount()).isZero();
    }

    @Test
    void theRefusalAlsoListsTheInvalidItemsAsData() {
        ObjectNode bad = Items.product("PLAYERA-021");
        bad.put("base", "Negro").put("origen", 1);

        var response = sandbox.raw("POST", "/api/productos?" + sandbox.signed(java.util.Map.of()),
                Items.array(Items.product("PLAYERA-020"), bad).toString());

        JsonNode invalid = Sandbox.parse(response.body()).path("answer").path("invalid");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(invalid).singleElement().satisfies(item -> {
            assertThat(item.path("index").asInt()).isEqualTo(1);
            assertThat(item.path("sku").asText()).isEqualTo("PLAYERA-021");
            assertThat(item.path("columns").has("base")).isTrue();
            assertThat(item.path("columns").has("origen")).isTrue();
        });
    }

    @Test
    void aSkuIsUniqueForTheSeller() {
        sandbox.createProducts("PLAYERA-030");

        MarketSyncException refused = sandbox.refused("POST", "productos", Items.array(Items.product("PLAYERA-030")));

        assertThat(refused.getMessage()).contains("sku: SKU PLAYERA-030 already exists (product id ");
        assertThat(sandbox.state().productCount()).isOne();
    }

    @Test
    void aSkuAppearingTwiceInOneBatchIsRefused() {
        MarketSyncException refused = sandbox.refused("POST", "productos",
                Items.array(Items.product("PLAYERA-031"), Items.product("PLAYERA-031")));

        assertThat(refused.getMessage()).contains("item 1 (sku PLAYERA-031): sku: SKU PLAYERA-031 appears twice in "
                + "the batch (items 0 and 1)");
    }

    @Test
    void anUpdateWithANonUpdatableColumnIsRefusedNamingIt() {
        long id = sandbox.createProducts("PLAYERA-040");

        MarketSyncException sku = sandbox.refused("PUT", "productos", Items.array(
                Items.NODES.objectNode().put("product_id", id).put("sku", "PLAYERA-041")));
        MarketSyncException category = sandbox.refused("PUT", "productos", Items.array(
                Items.NODES.objectNode().put("product_id", id).put("nombre", "Nuevo").put("categoria_id", 7417)));

        assertThat(sku.getMessage()).contains("sku: not updatable (updatable columns: nombre, descripcion");
        assertThat(category.getMessage()).contains("categoria_id: not updatable").doesNotContain("nombre:");
        assertThat(sandbox.state().product("PLAYERA-040").orElseThrow().columns().asMap())
                .containsEntry("nombre", "Playera estampada colibrí PLAYERA-040");
    }

    @Test
    void anUpdateValidatesTheColumnsItCarries() {
        long id = sandbox.createProducts("PLAYERA-042");

        MarketSyncException refused = sandbox.refused("PUT", "productos", Items.array(Items.NODES.objectNode()
                .put("product_id", id).put("nombre", "").put("warranty", "3 semanas").put("ppeso", 1.2)));

        assertThat(refused.getMessage()).contains("nombre: missing or empty").contains("warranty: must read")
                .contains("ppeso: must be an integer, got 1.2");
    }

    @Test
    void anUpdateOfAnUnknownProductIsRefused() {
        MarketSyncException refused = sandbox.refused("PUT", "productos", Items.array(
                Items.NODES.objectNode().put("product_id", 424242).put("nombre", "x")));

        assertThat(refused.getMessage()).contains("product_id: unknown product 424242");
    }
}

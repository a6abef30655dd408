package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The general catalogues the hub maps its store onto: categories and their attributes, colours, countries, markets. */
class CataloguesTest extends SharedSandboxTest {

    @Test
    void categoriesAreATreeOfFullPathsCoveringClothesHomeAndElectronics() {
        JsonNode categories = sandbox.get("categorias");

        assertThat(categories.size()).isGreaterThan(40);
        assertThat(categories).extracting(c -> c.path("ruta").asText())
                .anyMatch(r -> r.startsWith("ROPA_BOLSAS_Y_CALZADO/")).anyMatch(r -> r.startsWith("HOGAR_"))
                .anyMatch(r -> r.startsWith("ELECTRONICA_")).contains(
                        "CELULARES_Y_TELEFONIA/EQUIPOS_DE_RADIOFRECUENCIA/PORTATILES");
        assertThat(categories).allSatisfy(c -> {
            assertThat(c.path("id").asText()).matches("\\d+");
            assertThat(c.path("permite_variacion").asText()).isIn("0", "1");
        });
        assertThat(sandbox.get("categorias", Map.of("limit", "5", "offset", "2"))).hasSize(5);
    }

    @Test
    void oneCategoryIdAnswersAResultObjectAsDocumented() {
        JsonNode answer = sandbox.get("categorias", Map.of("ids", "9350"));

        assertThat(answer.path("result").path("categoria").asText()).isEqualTo("PIES PRENSATELAS");
        assertThat(answer.path("result").path("ruta").asText()).endsWith("/ACCESORIOS/PIES_PRENSATELAS");
        assertThat(answer.path("result").path("permite_variacion").asText()).isEqualTo("1");
    }

    @Test
    void categoryAttributesSayWhatIsMandatoryAndWhatBelongsToVariations() {
        JsonNode attributes = sandbox.get("categorias/atributos/7416");

        assertThat(attributes).anySatisfy(a -> {
            assertThat(a.path("atributo").asText()).isEqualTo("BRAND");
            assertThat(a.path("relevancia").asText()).isEqualTo("1");
            assertThat(a.path("variacion").asText()).isEqualTo("0");
        });
        assertThat(attributes).anySatisfy(a -> {
            assertThat(a.path("atributo").asText()).isEqualTo("SIZE");
            assertThat(a.path("variacion").asText()).isEqualTo("1");
            assertThat(a.path("valores")).isNotEmpty();
        });
        assertThat(attributes).anySatisfy(a -> assertThat(a.path("atributo").asText()).isEqualTo("GENDER"));
        MarketSyncException unknown = catchThrowableOfType(MarketSyncException.class,
                () -> sandbox.get("categorias/atributos/1"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.getMessage()).contains("invalid/missing field categoria [1]");
    }

    @Test
    void coloursAreUpperCaseBaseColours() {
        JsonNode colours = sandbox.get("colores");

        assertThat(colours).extracting(c -> c.path("color").asText()).contains("NEGRO", "BLANCO", "ROJO", "AZUL",
                "VERDE", "AMARILLO", "GRIS", "ROSA", "MORADO", "NARANJA", "CAFE", "BEIGE", "MULTICOLOR")
                .allMatch(c -> c.equals(c.toUpperCase()));
    }

    @Test
    void countriesUseIsoNumericIdsWithMexicoAs484() {
        assertThat(sandbox.get("paises")).anySatisfy(c -> {
            assertThat(c.path("id").asText()).isEqualTo("484");
            assertThat(c.path("code").asText()).isEqualTo("MX");
        });
    }

    @Test
    void marketplacesHaveTheDocumentedStableIds() {
        JsonNode markets = sandbox.get("markets");

        assertThat(markets).extracting(m -> m.path("id").asText() + " " + m.path("market").asText())
                .startsWith("1 Claro", "2 Linio", "4 Mercado", "5 Walmart", "6 Amazon");
        assertThat(markets.get(0).path("url_sitio").asText()).startsWith("https://");
    }

    @Test
    void marketSettingsAreRefusedWithTheDocumentedTexts() {
        assertThat(refusal(Items.NODES.objectNode().put("market_id", 17).put("activo", 1)))
                .isEqualTo("Error invalid/missing field market [17]");
        assertThat(refusal(Items.NODES.objectNode().put("market_id", 6).put("activo", 1).put("proteccion", 10)))
                .isEqualTo("Error invalid/missing field proteccion 10, must be 0-5 units.");
        assertThat(refusal(Items.NODES.objectNode().put("market_id", 6))).isEqualTo("Error missing field Activo (1/0)");
    }

    @Test
    void marketSettingsAlsoComeAsAFormLikeThePythonSampleSendsThem() {
        var response = sandbox.raw("POST", "/api/markets?" + sandbox.signed(Map.of()),
                "market_id=6&activo=1&proteccion=1", "application/x-www-form-urlencoded");

        assertThat(Sandbox.parse(response.body()).path("answer").path("result").asText())
                .isEqualTo("Posting market Amazon is enabled, with protection 1");
        assertThat(sandbox.state().market(Items.AMAZON).proteccion()).isEqualTo(1);
        sandbox.send("POST", "markets", Items.NODES.objectNode().put("market_id", 6).put("activo", 1)
                .put("proteccion", 0));
    }

    private String refusal(JsonNode body) {
        MarketSyncException refused = sandbox.refused("POST", "markets", body);
        assertThat(refused.status()).isEqualTo(400);
        return refused.getMessage().substring(refused.getMessage().indexOf("Error"));
    }
}

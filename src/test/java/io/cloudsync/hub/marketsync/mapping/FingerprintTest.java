package io.cloudsync.hub.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fingerprints stand in for long column values in the ledger: equal exactly when the diff finds the values same. */
class FingerprintTest {

    private static final String LONG_TEXT = "Colección Ébano: producido en pequeños lotes, con miel de romero";

    @Test
    void attributeListsAreMultisetsWithEmptyAsAbsentAndNumbersByValue() {
        List<Object> attributes = List.of(Map.of("atributo", "EAN", "valor", "8400000280433"),
                attribute("Peso", new BigDecimal("0.500")), Map.of("atributo", "Origen", "valor", ""));
        List<Object> reordered = List.of(Map.of("atributo", "Origen"), Map.of("valor", "8400000280433",
                "atributo", "EAN"), attribute("Peso", new BigDecimal("0.5")));

        assertThat(ProductDiff.same(attributes, reordered)).isTrue();
        assertThat(Fingerprint.of(reordered)).isEqualTo(Fingerprint.of(attributes));
        assertThat(Fingerprint.of(attributes).matches(reordered)).isTrue();
        List<Object> changed = List.of(Map.of("atributo", "EAN", "valor", "8400000280434"),
                attribute("Peso", new BigDecimal("0.5")), Map.of("atributo", "Origen"));
        assertThat(Fingerprint.of(attributes).matches(changed)).isFalse();
        List<Object> repeated = List.of(Map.of("atributo", "EAN"), Map.of("atributo", "EAN"), Map.of("atributo", "X"));
        assertThat(Fingerprint.of(repeated))
                .isNotEqualTo(Fingerprint.of(List.of(Map.of("atributo", "EAN"), Map.of("atributo", "X"),
                        Map.of("atributo", "X"))));
    }

    @Test
    void aLongTextMatchesOnlyItself() {
        Fingerprint text = Fingerprint.of(LONG_TEXT);

        assertThat(text.matches(LONG_TEXT)).isTrue();
        assertThat(text.matches(LONG_TEXT + " ")).isFalse();
        assertThat(text.matches(null)).isFalse();
        assertThat(text.matches("")).isFalse();
        assertThat(text.matches(List.of(LONG_TEXT))).isFalse();
        assertThat(text.value()).hasSize(16);
    }

    @Test
    void onlyLongTextsAndListsAreReplacedAndNeverSkusOrNumbersAndEmptyValuesAreLeftOut() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("sku", "SKU-" + "9".repeat(40));
        columns.put("nombre", "Miel de romero");
        columns.put("descripcion", LONG_TEXT);
        columns.put("gtin", "8400000280433".repeat(3));
        columns.put("alto", 12);
        columns.put("atributos", List.of(Map.of("atributo", "EAN", "valor", "1")));
        columns.put("etiquetas", List.of());
        columns.put("video", "");
        columns.put("modelo", null);

        Map<String, Object> compact = Fingerprint.compact(columns);

        assertThat(compact).containsEntry("sku", columns.get("sku")).containsEntry("nombre", "Miel de romero")
                .containsEntry("gtin", columns.get("gtin")).containsEntry("alto", 12)
                .containsEntry("etiquetas", List.of())
                .containsEntry("descripcion", Map.of("#", Fingerprint.of(LONG_TEXT).value()))
                .containsEntry("atributos", Map.of("#", Fingerprint.of(columns.get("atributos")).value()))
                .doesNotContainKeys("video", "modelo");
        assertThat(Fingerprint.compact(Map.of("stock", 3, "seller_sku", "A"))).isEqualTo(Map.of("stock", 3,
                "seller_sku", "A"));
        assertThat(Fingerprint.compact(Map.of("sku", "", "video", ""))).as("the key of a variation stays")
                .isEqualTo(Map.of("sku", ""));
        Map<String, Object> readBack = Fingerprint.readBack(NormalisedJson.toMap(NormalisedJson.of(compact)));
        assertThat(readBack.get("descripcion")).isEqualTo(Fingerprint.of(LONG_TEXT));
        assertThat(ProductDiff.same(readBack.get("atributos"), columns.get("atributos"))).isTrue();
        assertThat(ProductDiff.same(readBack.get("descripcion"), LONG_TEXT.toUpperCase())).isFalse();
    }

    @Test
    void theLedgerJsonOfAnAspectIsItsJsonWhenNothingIsLong() {
        ProductAspects.Aspect price = ProductAspects.Aspect.of(Map.of("market_id", 1, "precio", new BigDecimal("9")));
        assertThat(price.ledgerJson()).isSameAs(price.json());
        ProductAspects.Aspect product = ProductAspects.Aspect.of(Map.of("sku", "A", "descripcion", LONG_TEXT));
        assertThat(product.ledgerJson()).isEqualTo("{\"descripcion\":{\"#\":\"" + Fingerprint.of(LONG_TEXT).value()
                + "\"},\"sku\":\"A\"}");
    }

    private static Map<String, Object> attribute(String name, Object value) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("atributo", name);
        attribute.put("valor", value);
        return attribute;
    }
}

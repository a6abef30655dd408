package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LenientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = LenientTest.class.getResourceAsStream("/sandbox/fixtures/prestashop/" + name)) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    @Test
    void theIdsOfAPageOfRowsKeepTheirOrderWithMinusOneForAnUnreadableId() throws IOException {
        assertThat(Lenient.rowIds(java.util.List.of(json("{\"id\":\"7\"}"), json("{\"id\":3}"),
                json("{\"name\":\"no id\"}")))).containsExactly(7L, 3L, -1L);
    }

    @Test
    void readsTheSingleLanguageFixtureProduct() throws IOException {
        JsonNode product = fixture("product.single-lang.airbyte.json");

        assertThat(Lenient.text(product.path("name"), 1)).isEqualTo("Hummingbird printed t-shirt");
        assertThat(Lenient.decimal(product.path("price"))).hasValue(new BigDecimal("23.900000"));
        assertThat(Lenient.bool(product.path("active"))).isTrue();
        assertThat(Lenient.dateTime(product.path("date_upd"))).hasValue(LocalDateTime.of(2022, 5, 17, 17, 50, 34));
        assertThat(Lenient.dateTime(product.path("available_date"))).isEmpty();
        assertThat(Lenient.decimal(product.path("low_stock_threshold"))).isEmpty();
        assertThat(Lenient.ids(product.path("associations"), "categories")).containsExactly(2L, 3L, 4L);
        assertThat(Lenient.integer(product.path("id"), -1)).isEqualTo(1);
    }

    @Test
    void picksTheLanguageOfAMultiLanguageField() throws IOException {
        JsonNode product = fixture("product.multi-lang.devdocs.json").path("product");

        assertThat(Lenient.text(product.path("name"), 2)).isEqualTo("Mug personnalisable");
        assertThat(Lenient.text(product.path("name"), 1)).isEqualTo("Customizable mug");
        assertThat(Lenient.text(product.path("name"), 9)).as("unknown language: first value").isEqualTo("Customizable mug");
    }

    @Test
    void combinationQuantityIsANumberAndStockQuantityAString() throws IOException {
        assertThat(Lenient.integer(fixture("combination.airbyte.json").path("quantity"), -1)).isEqualTo(300);
        assertThat(Lenient.integer(fixture("stock_available.airbyte.json").path("quantity"), -1)).isEqualTo(2400);
    }

    @Test
    void zeroDatesBlanksAndGarbageAreAbsentNotErrors() throws IOException {
        JsonNode order = fixture("order.airbyte.json");

        assertThat(Lenient.dateTime(order.path("invoice_date"))).isEmpty();
        assertThat(Lenient.dateTime(json("\"2026-03-08\""))).hasValue(LocalDateTime.of(2026, 3, 8, 0, 0));
        assertThat(Lenient.dateTime(json("\"yesterday\""))).isEmpty();
        assertThat(Lenient.decimal(json("\"\""))).isEmpty();
        assertThat(Lenient.decimal(json("\"12,5\""))).hasValue(new BigDecimal("12.5"));
        assertThat(Lenient.decimal(json("\"n/a\""))).isEmpty();
        assertThat(Lenient.integer(json("\"12.000000\""), -1)).isEqualTo(12);
        assertThat(Lenient.integer(json("\"12.5\""), -1)).isEqualTo(-1);
        assertThat(Lenient.bool(json("null"))).isFalse();
        assertThat(Lenient.bool(json("true"))).isTrue();
        assertThat(Lenient.text(json("null"), 1)).isEmpty();
    }

    @Test
    void anEmptyListIsABareArray() throws IOException {
        assertThat(Lenient.rows(json("[]"), "products")).isEmpty();
        assertThat(Lenient.rows(json("{\"products\":[{\"id\":1},{\"id\":2}]}"), "products")).hasSize(2);
    }
}

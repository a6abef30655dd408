package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-language fields: [{id,value}] arrays, collapsed to a string for one language; ids follow the settings' order. */
class MultiLanguageTest {

    @Test
    void twoLanguagesGiveArraysAndLanguageParameterCollapsesThem() {
        try (SandboxStore store = new SandboxStore(SandboxStore.settings(12))) {
            JsonNode both = store.json("/api/products/1").path("product");
            JsonNode spanish = store.json("/api/products/1?language=1").path("product");
            JsonNode english = store.json("/api/products/1?language=2").path("product");

            assertThat(both.path("name").isArray()).isTrue();
            assertThat(both.path("name").get(0).path("id").asText()).isEqualTo("1");
            assertThat(both.path("name").get(1).path("id").asText()).isEqualTo("2");
            assertThat(spanish.path("name").isTextual()).isTrue();
            assertThat(spanish.path("name").asText()).isEqualTo(both.path("name").get(0).path("value").asText());
            assertThat(english.path("name").asText()).isEqualTo(both.path("name").get(1).path("value").asText());
            assertThat(english.path("link_rewrite").asText()).matches("[a-z0-9-]+");
            assertThat(store.json("/api/products/1?language=[1|2]").path("product").path("name").isArray()).isTrue();
            assertThat(store.get("/api/products/1?language=9").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void otherMultiLanguageResourcesCollapseToo() {
        try (SandboxStore store = new SandboxStore(SandboxStore.settings(12))) {
            assertThat(store.json("/api/categories/4").path("category").path("name").get(0).path("value").asText())
                    .isEqualTo("Camisetas");
            assertThat(store.json("/api/categories/4?language=2").path("category").path("name").asText())
                    .isEqualTo("T-shirts");
            assertThat(store.json("/api/product_option_values?display=full&filter[id_attribute_group]=[2]&language=2")
                    .path("product_option_values").get(1).path("name").asText()).isEqualTo("Navy");
            assertThat(store.json("/api/order_states/6?language=1").path("order_state").path("name").asText())
                    .isEqualTo("Cancelado");
        }
    }

    @Test
    void aSingleLanguageShopShowsPlainStrings() {
        try (SandboxStore store = new SandboxStore(SandboxStore.settings(12).withLanguages(List.of("es")))) {
            JsonNode product = store.json("/api/products/1").path("product");

            assertThat(product.path("name").isTextual()).isTrue();
            assertThat(product.path("description").asText()).startsWith("<p>");
            assertThat(store.json("/api/languages?display=full").path("languages")).hasSize(1);
        }
    }

    @Test
    void theSettingsOrderDecidesLanguageIds() {
        try (SandboxStore store = new SandboxStore(SandboxStore.settings(12).withLanguages(List.of("en", "es")))) {
            JsonNode languages = store.json("/api/languages?display=[id,iso_code,active]").path("languages");
            JsonNode name = store.json("/api/products/1").path("product").path("name");

            assertThat(languages.get(0).path("id").asInt()).isEqualTo(1);
            assertThat(languages.get(0).path("iso_code").asText()).isEqualTo("en");
            assertThat(languages.get(1).path("iso_code").asText()).isEqualTo("es");
            assertThat(languages.get(0).path("active").asText()).isEqualTo("1");
            assertThat(store.json("/api/categories/4?language=1").path("category").path("name").asText())
                    .isEqualTo("T-shirts");
            assertThat(name.get(0).path("id").asText()).isEqualTo("1");
        }
    }

    @Test
    void xmlNeverCollapsesLanguages() {
        try (SandboxStore store = new SandboxStore(SandboxStore.settings(12).withLanguages(List.of("es")))) {
            assertThat(store.get("/api/products/1").body()).contains("<name>").contains("<language id=\"1\"");
        }
    }
}

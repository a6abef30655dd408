package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** List, single-object, empty and error envelopes in JSON and XML. */
class EnvelopeTest {

    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void aListWithoutDisplayGivesIdsOnlyInThePluralEnvelope() {
        JsonNode list = store.json("/api/products?limit=3");

        assertThat(list.fieldNames()).toIterable().containsExactly("products");
        assertThat(list.path("products")).hasSize(3);
        assertThat(list.path("products").get(0).fieldNames()).toIterable().containsExactly("id");
        assertThat(list.path("products").get(0).path("id").isNumber()).isTrue();
    }

    @Test
    void displayFullGivesWholeRecordsAndDisplayFieldsOnlyThoseFields() {
        JsonNode full = store.json("/api/products?display=full&limit=2");
        JsonNode some = store.json("/api/products?display=[id,reference,price]&limit=2");

        assertThat(full.path("products").get(0).has("associations")).isTrue();
        assertThat(full.path("products").get(0).path("price").isTextual()).isTrue();
        assertThat(some.path("products").get(0).fieldNames()).toIterable().containsExactly("id", "reference", "price");
    }

    @Test
    void aSingleObjectUsesTheSingularEnvelope() {
        JsonNode single = store.json("/api/products/19");

        assertThat(single.fieldNames()).toIterable().containsExactly("product");
        assertThat(single.path("product").path("id").asInt()).isEqualTo(19);
    }

    @Test
    void anEmptyListIsABareArray() {
        HttpResponse<String> json = store.get("/api/products?filter[id]=[999999]&output_format=JSON");
        HttpResponse<String> xml = store.get("/api/products?filter[id]=[999999]");

        assertThat(json.body()).isEqualTo("[]");
        assertThat(xml.body()).contains("<products>").doesNotContain("<product>");
    }

    @Test
    void aMissingIdIs404WithPrestaShopErrors() {
        HttpResponse<String> response = store.get("/api/products/999999?output_format=JSON");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = SandboxStore.parse(response.body()).path("errors").get(0);
        assertThat(error.path("code").isNumber()).isTrue();
        assertThat(error.path("message").asText()).contains("999999");
    }

    @Test
    void xmlIsTheDefaultAndJsonComesWithTheOutputFormatHeader() {
        HttpResponse<String> xml = store.get("/api/products/1");
        HttpResponse<String> header = store.send(store.request("/api/products/1")
                .header("Authorization", SandboxStore.basic(SandboxStore.KEY)).header("Output-Format", "JSON"));

        assertThat(xml.body()).startsWith("<?xml").contains("<prestashop xmlns:xlink=\"http://www.w3.org/1999/xlink\">")
                .contains("<product>").contains("<id><![CDATA[1]]></id>").contains("<language id=\"1\"");
        assertThat(SandboxStore.parse(header.body()).path("product").path("id").asInt()).isEqualTo(1);
    }

    @Test
    void xmlListsWithoutDisplayCarryIdAttributesAndLinks() {
        String xml = store.get("/api/products?limit=2").body();

        assertThat(xml).contains("<product id=\"1\" xlink:href=\"" + store.simulator.url() + "/api/products/1\"/>");
    }

    @Test
    void theApiRootListsWhatTheKeyMayDo() {
        JsonNode api = store.json("/api/").path("api");

        assertThat(api.has("products")).isTrue();
        assertThat(api.path("products").path("put").asText()).isEqualTo("true");
        assertThat(api.path("orders").path("put").asText()).isEqualTo("false");
        assertThat(api.has("configurations")).isTrue();
        assertThat(api.has("carriers")).isFalse();
    }

    @Test
    void unknownAndUngrantedResourcesAndMethodsAnswerLikePrestaShop() {
        HttpResponse<String> unknown = store.get("/api/prodcts?output_format=JSON");
        HttpResponse<String> ungranted = store.get("/api/carriers?output_format=JSON");
        HttpResponse<String> method = store.send("DELETE", "/api/orders/1?output_format=JSON", null);

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Did you mean: \\\"products\\\"");
        assertThat(ungranted.statusCode()).isEqualTo(401);
        assertThat(ungranted.body()).contains("not allowed with this authentication key");
        assertThat(method.statusCode()).isEqualTo(405);
    }

    @Test
    void everyReadResourceOfTheBriefAnswers() {
        for (String resource : new String[] {"products", "combinations", "stock_availables", "product_options",
                "product_option_values", "product_features", "product_feature_values", "categories", "manufacturers",
                "tax_rule_groups", "tax_rules", "taxes", "specific_prices", "orders", "order_states",
                "order_histories", "customers", "addresses", "carts", "languages", "configurations", "currencies",
                "shops"}) {
            JsonNode list = store.json("/api/" + resource + "?display=full&limit=1");
            assertThat(list.path(resource)).as(resource).hasSize(1);
            assertThat(list.path(resource).get(0).path("id").isNumber()).as(resource).isTrue();
        }
    }
}

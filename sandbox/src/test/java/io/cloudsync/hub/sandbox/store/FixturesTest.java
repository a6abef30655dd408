package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.store.control.ControlRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real payloads are served byte for byte, and generated records have their fields and value types. */
class FixturesTest {

    private static SandboxStore singleLanguage;

    @BeforeAll
    static void start() {
        singleLanguage = new SandboxStore(SandboxStore.settings(40).withLanguages(List.of("en")));
    }

    @AfterAll
    static void stop() {
        singleLanguage.close();
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = FixturesTest.class.getClassLoader()
                .getResourceAsStream(ControlRoutes.FIXTURE_DIRECTORY + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static JsonNode fixture(String file) throws IOException {
        return SandboxStore.JSON.readTree(resource(file));
    }

    @Test
    void everyFixtureIsServedVerbatim() throws IOException {
        assertThat(singleLanguage.control("GET", "/_sandbox/fixtures", null).body()).contains("order.airbyte.json");
        for (String file : ControlRoutes.FIXTURES) {
            HttpResponse<byte[]> response = singleLanguage.bytes(singleLanguage.request("/_sandbox/fixtures/" + file));
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.body()).as(file).isEqualTo(resource(file));
        }
        assertThat(singleLanguage.control("GET", "/_sandbox/fixtures/..%2Fhub-defaults.properties", null).statusCode())
                .isEqualTo(404);
    }

    /** Same field names in the same order, and the same JSON type (string, number, null, array, object) for each. */
    private static void assertSameShape(JsonNode generated, JsonNode real, String what) {
        List<String> generatedNames = names(generated);
        List<String> realNames = names(real);
        assertThat(generatedNames).as(what + " fields").containsExactlyElementsOf(realNames);
        for (String name : realNames) {
            assertThat(generated.get(name).getNodeType()).as(what + "." + name).isEqualTo(real.get(name).getNodeType());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void generatedProductsHaveTheFieldsAndTypesOfARealOne() throws IOException {
        JsonNode real = fixture("product.single-lang.airbyte.json");
        JsonNode generated = singleLanguage.json("/api/products?display=full&limit=1").path("products").get(0);

        assertSameShape(generated, real, "product");
        Iterator<Map.Entry<String, JsonNode>> associations = real.path("associations").fields();
        while (associations.hasNext()) {
            Map.Entry<String, JsonNode> association = associations.next();
            JsonNode ours = generated.path("associations").path(association.getKey());
            assertThat(ours.isArray()).as(association.getKey()).isTrue();
            assertSameShape(ours.get(0), association.getValue().get(0), "associations." + association.getKey());
        }
        assertThat(generated.path("date_upd").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(generated.path("available_date").asText()).isEqualTo("0000-00-00");
    }

    @Test
    void generatedCombinationsStockCustomersAndOrdersMatchRealOnes() throws IOException {
        JsonNode combination = singleLanguage.json("/api/combinations?display=full&filter[default_on]=[1]&limit=1")
                .path("combinations").get(0);
        JsonNode stock = singleLanguage.json("/api/stock_availables?display=full&filter[id_product_attribute]=[0]&limit=1")
                .path("stock_availables").get(0);
        JsonNode customer = singleLanguage.json("/api/customers?display=full&filter[newsletter]=[0]&limit=1")
                .path("customers").get(0);
        JsonNode order = singleLanguage.json("/api/orders?display=full&limit=1").path("orders").get(0);

        assertSameShape(combination, fixture("combination.airbyte.json"), "combination");
        assertSameShape(combination.path("associations").path("product_option_values").get(0),
                fixture("combination.airbyte.json").path("associations").path("product_option_values").get(0),
                "combination option value");
        assertSameShape(stock, fixture("stock_available.airbyte.json"), "stock_available");
        assertSameShape(customer, fixture("customer.airbyte.json"), "customer");
        assertThat(customer.path("newsletter_date_add").asText()).isEqualTo("0000-00-00 00:00:00");
        assertSameShape(order, fixture("order.airbyte.json"), "order");
        assertSameShape(order.path("associations").path("order_rows").get(0),
                fixture("order.airbyte.json").path("associations").path("order_rows").get(0), "order row");
    }

    @Test
    void aTwoLanguageShopShowsMultiLanguageFieldsLikeTheDocumentation() throws IOException {
        JsonNode real = fixture("product.multi-lang.devdocs.json").path("product");
        try (SandboxStore twoLanguages = new SandboxStore(SandboxStore.settings(20))) {
            JsonNode ours = twoLanguages.json("/api/products/19").path("product");
            for (String field : List.of("name", "description")) {
                assertThat(ours.path(field)).hasSize(2);
                assertSameShape(ours.path(field).get(0), real.path(field).get(0), field);
                assertThat(ours.path(field).get(1).path("id").asText()).isEqualTo("2");
            }
            assertThat(ours.path("id").isNumber()).isTrue();
            assertThat(ours.path("id_manufacturer").getNodeType()).isEqualTo(real.path("id_manufacturer").getNodeType());
        }
    }
}

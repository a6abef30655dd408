package io.cloudsync.hub.sandbox.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The control API (/_sandbox/...) drives the shop, and the webservice shows the result. */
class ControlApiTest {

    private static SandboxStore store;

    @BeforeAll
    static void start() {
        store = SandboxStore.small();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static JsonNode call(String method, String path, String body, int expectedStatus) {
        HttpResponse<String> response = store.control(method, path, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return SandboxStore.parse(response.body());
    }

    @Test
    void theStoreSummaryCountsWhatIsThere() {
        JsonNode summary = call("GET", "/_sandbox/store", null, 200);

        assertThat(summary.path("products").asInt()).isPositive();
        assertThat(summary.path("languages")).extracting(JsonNode::asText).containsExactly("es", "en");
        assertThat(summary.path("timezone").asText()).isEqualTo("Europe/Madrid");
    }

    @Test
    void editAProductPerLanguage() {
        JsonNode edited = call("PATCH", "/_sandbox/products/20",
                "{\"name\":{\"es\":\"Taza roja\",\"en\":\"Red mug\"},\"price\":\"7.5\",\"active\":false}", 200);

        JsonNode product = store.json("/api/products/20").path("product");
        assertThat(product.path("name").get(0).path("value").asText()).isEqualTo("Taza roja");
        assertThat(product.path("name").get(1).path("value").asText()).isEqualTo("Red mug");
        assertThat(product.path("price").asText()).isEqualTo("7.500000");
        assertThat(product.path("active").asText()).isEqualTo("0");
        assertThat(edited.path("date_upd").asText()).isEqualTo("2024-06-15 12:00:00");
        call("PATCH", "/_sandbox/products/20", "{\"no_such_field\":\"1\"}", 400);
        call("PATCH", "/_sandbox/products/99999", "{\"price\":\"1\"}", 404);
        call("PATCH", "/_sandbox/products/20", "{not json", 400);
    }

    @Test
    void createAProductWithCombinationsThenAddOne() {
        JsonNode created = call("POST", "/_sandbox/products",
                "{\"fields\":{\"name\":\"Nuevo\",\"price\":\"10\",\"reference\":\"NEW-77\"},\"combinations\":2,\"quantity\":4}",
                201);
        int id = created.path("id").asInt();
        String dateBefore = store.json("/api/products/" + id).path("product").path("date_upd").asText();

        JsonNode added = call("POST", "/_sandbox/products/" + id + "/combinations",
                "{\"fields\":{\"price\":\"1.5\",\"reference\":\"NEW-77-XL\"},\"optionValues\":[5],\"quantity\":3}", 201);

        assertThat(store.json("/api/combinations?display=full&filter[id_product]=[" + id + "]").path("combinations"))
                .hasSize(3);
        assertThat(store.json("/api/combinations/" + added.path("id").asInt()).path("combination").path("reference")
                .asText()).isEqualTo("NEW-77-XL");
        JsonNode productRow = store.json("/api/stock_availables?display=full&filter[id_product]=[" + id
                + "]&filter[id_product_attribute]=[0]").path("stock_availables").get(0);
        assertThat(productRow.path("quantity").asText()).isEqualTo("11");
        assertThat(store.json("/api/products/" + id).path("product").path("date_upd").asText()).isEqualTo(dateBefore);
        assertThat(store.json("/api/products/" + id + "?language=2").path("product").path("link_rewrite").asText())
                .isEqualTo("nuevo");
    }

    @Test
    void changeStockAndCombinationPrices() {
        int combination = store.shop.data().combinationsOfProduct.of(30)[0];

        JsonNode stock = call("PUT", "/_sandbox/stock", "{\"productId\":30,\"combinationId\":" + combination
                + ",\"quantity\":0}", 200);
        call("PUT", "/_sandbox/combinations/" + combination + "/price", "{\"impact\":\"-1.000000\"}", 200);
        call("PATCH", "/_sandbox/combinations/" + combination, "{\"ean13\":\"8412345678905\"}", 200);

        assertThat(stock.path("quantity").asInt()).isZero();
        JsonNode written = store.json("/api/combinations/" + combination).path("combination");
        assertThat(written.path("price").asText()).isEqualTo("-1.000000");
        assertThat(written.path("ean13").asText()).isEqualTo("8412345678905");
        call("PUT", "/_sandbox/stock", "{\"productId\":30,\"combinationId\":999999,\"quantity\":1}", 404);
    }

    @Test
    void placeOrdersAndMoveThemAlong() {
        int product = 31;
        int combination = store.shop.data().combinationsOfProduct.of(product)[0];
        JsonNode order = call("POST", "/_sandbox/orders", "{\"customerId\":2,\"payment\":\"ps_wirepayment\",\"lines\":[{"
                + "\"productId\":" + product + ",\"combinationId\":" + combination + ",\"quantity\":2}]}", 201);
        JsonNode random = call("POST", "/_sandbox/orders", "{}", 201);
        int id = order.path("id").asInt();

        JsonNode served = store.json("/api/orders/" + id).path("order");
        assertThat(served.path("current_state").asText()).isEqualTo("10");
        assertThat(served.path("associations").path("order_rows").get(0).path("product_quantity").asText()).isEqualTo("2");
        assertThat(served.path("date_add").asText()).isEqualTo("2024-06-15 12:00:00");
        assertThat(random.path("id").asInt()).isEqualTo(id + 1);

        JsonNode moved = call("PUT", "/_sandbox/orders/" + id + "/state", "{\"state\":2}", 200);
        assertThat(moved.path("current_state").asInt()).isEqualTo(2);
        assertThat(store.json("/api/orders/" + id).path("order").path("total_paid_real").asText())
                .isEqualTo(served.path("total_paid_tax_incl").asText());
        assertThat(store.json("/api/order_histories?display=full&filter[id_order]=[" + id + "]").path("order_histories"))
                .extracting(row -> row.path("id_order_state").asText()).containsExactly("10", "2");
    }

    @Test
    void configurationValuesCanBeReadSetAndRemoved() {
        call("PUT", "/_sandbox/configurations/PS_SANDBOX_FLAG", "{\"value\":\"on\"}", 200);

        assertThat(call("GET", "/_sandbox/configurations/PS_SANDBOX_FLAG", null, 200).path("value").asText()).isEqualTo("on");
        assertThat(store.json("/api/configurations?display=full&filter[name]=[PS_SANDBOX_FLAG]").path("configurations"))
                .hasSize(1);
        call("DELETE", "/_sandbox/configurations/PS_SANDBOX_FLAG", null, 200);
        call("GET", "/_sandbox/configurations/PS_SANDBOX_FLAG", null, 404);
    }

    @Test
    void requestCountsPerResourceCanBeReadAndReset() {
        call("DELETE", "/_sandbox/requests", null, 200);
        long bytes = store.get("/api/products/1").body().getBytes(UTF_8).length
                + store.get("/api/products/2").body().getBytes(UTF_8).length
                + store.get("/api/stock_availables/1").body().getBytes(UTF_8).length;

        JsonNode counts = call("GET", "/_sandbox/requests", null, 200);
        assertThat(counts.path("byResource").path("products").asInt()).isEqualTo(2);
        assertThat(counts.path("byResource").path("stock_availables").asInt()).isEqualTo(1);
        assertThat(counts.path("total").asInt()).isEqualTo(3);
        assertThat(counts.path("bytes").asLong()).isEqualTo(bytes).isPositive();
        assertThat(store.shop.requestCounts()).containsEntry("products", 2L);

        call("DELETE", "/_sandbox/requests", null, 200);
        assertThat(call("GET", "/_sandbox/requests", null, 200).path("bytes").asLong()).isZero();
    }

    @Test
    void clockCanBeReadFrozenAndAdvanced() {
        JsonNode clock = call("GET", "/_sandbox/clock", null, 200);
        assertThat(clock.path("frozen").asBoolean()).isTrue();

        String before = clock.path("now").asText();
        JsonNode later = call("POST", "/_sandbox/clock/advance", "{\"duration\":\"PT0S\"}", 200);
        assertThat(later.path("now").asText()).isEqualTo(before);
        call("POST", "/_sandbox/clock/advance", "{\"duration\":\"soon\"}", 400);
    }

    @Test
    void specificPricesCanBeAddedAndRemoved() {
        JsonNode price = call("POST", "/_sandbox/specific_prices",
                "{\"productId\":33,\"reductionType\":\"percentage\",\"reduction\":\"0.1\"}", 201);

        assertThat(store.json("/api/specific_prices/" + price.path("id").asInt()).path("specific_price")
                .path("reduction").asText()).isEqualTo("0.100000");
        call("DELETE", "/_sandbox/specific_prices/" + price.path("id").asInt(), null, 200);
        assertThat(store.get("/api/specific_prices/" + price.path("id").asInt()).statusCode()).isEqualTo(404);
        call("POST", "/_sandbox/specific_prices", "{\"productId\":33,\"reductionType\":\"gift\",\"reduction\":\"1\"}", 400);
    }
}

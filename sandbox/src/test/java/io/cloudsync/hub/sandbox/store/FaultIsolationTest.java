package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.sandbox.faults.FaultRule;
import org.junit.jupiter.api.Test;

/** Trap 10: one resource answers 500 (a broken override) while the others work. */
class FaultIsolationTest {

    @Test
    void oneFailingResourceDoesNotBreakTheOthers() {
        try (SandboxStore store = SandboxStore.small()) {
            store.simulator.faults().set("combinations", FaultRule.failing());

            assertThat(store.get("/api/combinations?display=full").statusCode()).isEqualTo(500);
            assertThat(store.get("/api/combinations/1").statusCode()).isEqualTo(500);
            assertThat(store.get("/api/products/1").statusCode()).isEqualTo(200);
            assertThat(store.get("/api/stock_availables/1").statusCode()).isEqualTo(200);
            assertThat(store.shop.requestCounts()).containsEntry("combinations", 2L);
        }
    }

    @Test
    void faultsAreSetThroughTheControlApi() {
        try (SandboxStore store = SandboxStore.small()) {
            String rule = "{\"latencyMs\":0,\"errorRate\":1.0,\"errorStatus\":503,\"throttleRate\":0,"
                    + "\"retryAfterSeconds\":1,\"malformedRate\":0,\"dropRate\":0,\"alwaysFail\":false}";
            assertThat(store.control("PUT", "/_sandbox/faults/orders", rule).statusCode()).isEqualTo(200);

            assertThat(store.get("/api/orders").statusCode()).isEqualTo(503);
            assertThat(store.get("/api/customers").statusCode()).isEqualTo(200);
            store.control("DELETE", "/_sandbox/faults", null);
            assertThat(store.get("/api/orders").statusCode()).isEqualTo(200);

            assertThat(store.control("PUT", "/_sandbox/faults/taxes", "{\"alwaysFail\":true}").statusCode()).isEqualTo(200);
            assertThat(store.get("/api/taxes").statusCode()).isEqualTo(500);
            assertThat(store.get("/api/tax_rules").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPoisonRecordSpoilsEveryJsonAnswerThatHoldsItButNotAnIdList() throws Exception {
        try (SandboxStore store = SandboxStore.small()) {
            assertThat(store.control("PUT", "/_sandbox/faults/products", "{\"malformedIds\":[2]}").statusCode())
                    .isEqualTo(200);
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

            String page = store.get("/api/products?display=[id,reference]&limit=0,3&output_format=JSON").body();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readTree(page))
                    .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readTree(
                    store.get("/api/products/2?output_format=JSON").body()))
                    .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
            assertThat(json.readTree(store.get("/api/products?display=[id]&output_format=JSON").body())
                    .path("products")).isNotEmpty();
            assertThat(json.readTree(store.get("/api/products?display=[id,reference]&filter[id]=[1|3]"
                    + "&output_format=JSON").body()).path("products")).hasSize(2);

            store.control("DELETE", "/_sandbox/faults/products", null);
            assertThat(json.readTree(page.isEmpty() ? "{}" : store.get(
                    "/api/products?display=[id,reference]&limit=0,3&output_format=JSON").body()).path("products"))
                    .hasSize(3);
        }
    }
}

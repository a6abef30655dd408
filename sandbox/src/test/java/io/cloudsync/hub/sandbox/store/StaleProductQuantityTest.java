package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Trap 7: products.quantity is stale; stock lives in stock_availables, the product row holding the sum. */
class StaleProductQuantityTest {

    @Test
    void productQuantityDoesNotFollowTheStock() {
        try (SandboxStore store = SandboxStore.small()) {
            String before = store.json("/api/products/1?display=[quantity]").path("product").path("quantity").asText();
            int combination = store.shop.data().combinationsOfProduct.of(1)[0];

            store.control("PUT", "/_sandbox/stock", "{\"productId\":1,\"combinationId\":" + combination + ",\"quantity\":500}");

            assertThat(store.json("/api/products/1?display=[quantity]").path("product").path("quantity").asText())
                    .isEqualTo(before);
            JsonNode rows = store.json("/api/stock_availables?display=full&filter[id_product]=[1]").path("stock_availables");
            int sum = 0;
            int productRow = -1;
            for (JsonNode row : rows) {
                if (row.path("id_product_attribute").asInt() == 0) {
                    productRow = row.path("quantity").asInt();
                } else {
                    sum += row.path("quantity").asInt();
                }
            }
            assertThat(productRow).isEqualTo(sum).isGreaterThanOrEqualTo(500);
            assertThat(rows).hasSize(store.shop.data().combinationsOfProduct.of(1).length + 1);
        }
    }

    @Test
    void productQuantityIsUnreliableAcrossTheCatalogue() {
        try (SandboxStore store = SandboxStore.small()) {
            JsonNode evenProduct = store.json("/api/products/2?display=[quantity]").path("product");
            JsonNode evenStock = store.json("/api/stock_availables?display=full&filter[id_product]=[2]&filter[id_product_attribute]=[0]")
                    .path("stock_availables").get(0);

            assertThat(evenProduct.path("quantity").asText()).isEqualTo("0");
            assertThat(evenStock.path("quantity").asInt()).isPositive();
            assertThat(evenStock.path("quantity").isTextual()).isTrue();
            assertThat(store.json("/api/combinations/1").path("combination").path("quantity").isNumber()).isTrue();
        }
    }

    @Test
    void productQuantityCannotBeWritten() {
        try (SandboxStore store = SandboxStore.small()) {
            String body = "<prestashop><product><id>1</id><quantity>3</quantity></product></prestashop>";

            assertThat(store.send("PATCH", "/api/products/1?output_format=JSON", body).body())
                    .contains("parameter \\\"quantity\\\" not writable");
        }
    }
}

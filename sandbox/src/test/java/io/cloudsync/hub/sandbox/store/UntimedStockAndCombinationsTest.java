package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Trap 4: stock and combination changes leave the product's date_upd alone; neither resource has a timestamp. */
class UntimedStockAndCombinationsTest {

    @Test
    void stockAndCombinationChangesDoNotTouchTheProduct() {
        try (SandboxStore store = SandboxStore.small()) {
            JsonNode before = store.json("/api/products/3?display=[date_upd,price]").path("product");
            int combinationId = store.shop.data().combinationsOfProduct.of(3)[0];
            int stockId = store.shop.data().stockOf(3, combinationId).id();
            store.shop.advanceClock(Duration.ofHours(2));

            store.control("PUT", "/_sandbox/stock", "{\"productId\":3,\"combinationId\":" + combinationId + ",\"quantity\":7}");
            store.control("PUT", "/_sandbox/combinations/" + combinationId + "/price", "{\"impact\":\"4.000000\"}");
            store.send("PATCH", "/api/stock_availables/" + stockId, "<prestashop><stock_available><id>" + stockId
                    + "</id><quantity>8</quantity></stock_available></prestashop>");
            store.send("PATCH", "/api/combinations/" + combinationId, "<prestashop><combination><id>" + combinationId
                    + "</id><reference>NEW-REF</reference></combination></prestashop>");

            JsonNode after = store.json("/api/products/3?display=[date_upd,price]").path("product");
            assertThat(after).isEqualTo(before);
            assertThat(store.json("/api/products?date=1&filter[date_upd]=>[2024-06-15 12:00:00]").isArray()).isTrue();
            assertThat(store.json("/api/stock_availables/" + stockId).path("stock_available").path("quantity").asText())
                    .isEqualTo("8");
            assertThat(store.json("/api/combinations/" + combinationId).path("combination").path("price").asText())
                    .isEqualTo("4.000000");
        }
    }

    @Test
    void stockRowsAndCombinationsHaveNoDateField() {
        try (SandboxStore store = SandboxStore.small()) {
            JsonNode stock = store.json("/api/stock_availables/1").path("stock_available");
            JsonNode combination = store.json("/api/combinations/1").path("combination");

            assertThat(stock.fieldNames()).toIterable().noneMatch(name -> name.startsWith("date"));
            assertThat(combination.fieldNames()).toIterable().noneMatch(name -> name.startsWith("date"));
            assertThat(store.get("/api/stock_availables?date=1&filter[date_upd]=>[2024-01-01 00:00:00]").statusCode())
                    .isEqualTo(400);
        }
    }
}

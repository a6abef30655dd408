package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trap 2: the filter reads ps_product.date_upd, the body shows ps_product_shop.date_upd; for a deterministic share of
 * edits the body lags, so rows come back with a body date older than the filter's bound.
 */
class BodyDateLagTest {

    @Test
    void everyFifthEditLeavesTheBodyDateBehindTheFilteredOne() {
        try (SandboxStore store = SandboxStore.small()) {
            store.shop.advanceClock(Duration.ofHours(1));
            String bound = "2024-06-15 13:00:00";
            for (int id = 1; id <= 10; id++) {
                store.shop.editProduct(id, Map.of("on_sale", FieldInput.of("1")));
            }

            JsonNode rows = store.json("/api/products?display=[id,date_upd]&date=1&filter[date_upd]=>[2024-06-15 12:59:59]"
                    + "&sort=[date_upd_ASC,id_ASC]").path("products");
            List<Integer> behind = new ArrayList<>();
            rows.forEach(row -> {
                if (row.path("date_upd").asText().compareTo(bound) < 0) {
                    behind.add(row.path("id").asInt());
                }
            });

            assertThat(rows).hasSize(10);
            assertThat(behind).containsExactly(5, 10);
            assertThat(SandboxShop.BODY_DATE_LAG_EVERY).isEqualTo(5);
        }
    }

    @Test
    void theControlApiShowsBothDates() {
        try (SandboxStore store = SandboxStore.small()) {
            store.shop.advanceClock(Duration.ofHours(1));
            for (int id = 1; id <= 4; id++) {
                store.shop.editProduct(id, Map.of("on_sale", FieldInput.of("1")));
            }
            JsonNode fifth = SandboxStore.parse(store.control("PATCH", "/_sandbox/products/5", "{\"on_sale\":\"1\"}").body());

            assertThat(fifth.path("date_upd").asText()).isEqualTo("2024-06-15 13:00:00");
            assertThat(fifth.path("body_date_upd").asText()).isLessThan("2024-06-15 13:00:00");
        }
    }
}

package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Trap 3: a bulk edit gives many rows one date_upd (one-second resolution); paging by offset inside it is stable. */
class BulkEditSameSecondTest {

    @Test
    void aBulkEditStampsEveryRowWithTheSameSecond() {
        try (SandboxStore store = SandboxStore.small()) {
            store.control("POST", "/_sandbox/clock/advance", "{\"seconds\":60}");
            JsonNode result = SandboxStore.parse(store.control("POST", "/_sandbox/products/bulk-edit",
                    "{\"count\":50,\"fields\":{\"on_sale\":\"1\"}}").body());

            assertThat(result.path("count").asInt()).isEqualTo(50);
            assertThat(result.path("date_upd").asText()).isEqualTo("2024-06-15 12:01:00");

            String window = "/api/products?display=[id,date_upd]&date=1&filter[date_upd]=[2024-06-15 12:01:00,2024-06-15 12:01:00]"
                    + "&sort=[date_upd_ASC,id_ASC]&limit=";
            List<Integer> paged = new ArrayList<>();
            for (int offset = 0; offset < 60; offset += 20) {
                store.json(window + offset + ",20").path("products").forEach(row -> paged.add(row.path("id").asInt()));
            }
            assertThat(paged).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        }
    }

    @Test
    void aBulkEditByIdsWorksToo() {
        try (SandboxStore store = SandboxStore.small()) {
            JsonNode result = SandboxStore.parse(store.control("POST", "/_sandbox/products/bulk-edit",
                    "{\"ids\":[3,9,27],\"fields\":{\"price\":\"9.99\"}}").body());

            assertThat(result.path("ids")).extracting(JsonNode::asInt).containsExactly(3, 9, 27);
            assertThat(store.json("/api/products?display=[id,price]&filter[price]=[9.99]").path("products"))
                    .extracting(row -> row.path("id").asInt()).containsExactly(3, 9, 27);
        }
    }
}

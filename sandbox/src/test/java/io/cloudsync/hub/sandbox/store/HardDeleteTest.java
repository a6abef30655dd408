package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Trap 5: deletes are hard: 404, gone from lists, combinations, stock rows, prices and images gone, no tombstone. */
class HardDeleteTest {

    @Test
    void aDeletedProductLeavesNoTrace() {
        try (SandboxStore store = SandboxStore.small()) {
            int image = store.shop.data().products.get(4).imageIds()[0];
            assertThat(store.control("DELETE", "/_sandbox/products/4", null).statusCode()).isEqualTo(200);

            assertThat(store.get("/api/products/4?output_format=JSON").statusCode()).isEqualTo(404);
            assertThat(store.json("/api/products?display=[id]").path("products"))
                    .extracting(row -> row.path("id").asInt()).doesNotContain(4).hasSize(59);
            assertThat(store.get("/api/combinations?filter[id_product]=[4]&output_format=JSON").body()).isEqualTo("[]");
            assertThat(store.get("/api/stock_availables?filter[id_product]=[4]&output_format=JSON").body()).isEqualTo("[]");
            assertThat(store.get("/api/specific_prices?filter[id_product]=[4]&output_format=JSON").body()).isEqualTo("[]");
            assertThat(store.send(store.request("/" + image + "-home_default/gone.jpg")).statusCode()).isEqualTo(404);
            assertThat(store.control("DELETE", "/_sandbox/products/4", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void deleteThroughTheWebserviceIsHardToo() {
        try (SandboxStore store = SandboxStore.small()) {
            int combination = store.shop.data().combinationsOfProduct.of(5)[0];

            assertThat(store.send("DELETE", "/api/products/5", null).statusCode()).isEqualTo(200);
            assertThat(store.get("/api/combinations/" + combination).statusCode()).isEqualTo(404);
            assertThat(store.send("DELETE", "/api/products/5", null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void deletingACombinationRemovesItsStockRowAndRecountsTheProduct() {
        try (SandboxStore store = SandboxStore.small()) {
            int[] combinations = store.shop.data().combinationsOfProduct.of(2);
            int gone = combinations[combinations.length - 1];
            int goneQuantity = store.shop.data().stockOf(2, gone).quantity();
            int before = store.shop.data().stockOf(2, 0).quantity();

            assertThat(store.control("DELETE", "/_sandbox/combinations/" + gone, null).statusCode()).isEqualTo(200);
            assertThat(store.json("/api/stock_availables?display=full&filter[id_product]=[2]").path("stock_availables"))
                    .extracting(row -> row.path("id_product_attribute").asInt()).doesNotContain(gone);
            assertThat(store.shop.data().stockOf(2, 0).quantity()).isEqualTo(before - goneQuantity);
        }
    }
}

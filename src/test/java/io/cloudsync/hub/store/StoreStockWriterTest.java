package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.testing.SandboxStoreFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** StoreStockWriter against the sandbox store: the quantity changes, the rest of the stock row stays as it was. */
class StoreStockWriterTest {

    private final SandboxStoreFixture sandbox = new SandboxStoreFixture(new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 5, 42, "Europe/Madrid", List.of("es", "en"), 5, 5, 10, 0),
            Instant.parse("2024-06-15T10:00:00Z"));
    private final StoreClient client = sandbox.client();
    private final StoreStockWriter writer = new StoreStockWriter(client);

    @AfterEach
    void stop() throws InterruptedException {
        sandbox.close();
    }

    private JsonNode row(long productId, long combinationId) {
        return Lenient.rows(client.get("stock_availables", Map.of("display", "full",
                "filter[id_product]", "[" + productId + "]",
                "filter[id_product_attribute]", "[" + combinationId + "]")), "stock_availables").get(0);
    }

    @Test
    void theQuantityIsWrittenAndTheRowKeepsItsOtherFields() {
        JsonNode first = Lenient.rows(client.get("stock_availables", Map.of("display", "full", "sort", "[id_ASC]",
                "limit", "0,1")), "stock_availables").get(0);
        long product = first.path("id_product").asLong();
        long combination = first.path("id_product_attribute").asLong();
        int next = first.path("quantity").asInt() + 17;

        writer.write(product, combination, next);

        JsonNode after = row(product, combination);
        assertThat(after.path("quantity").asInt()).isEqualTo(next);
        assertThat(after.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(after.path("out_of_stock").asText()).isEqualTo(first.path("out_of_stock").asText());
        assertThat(after.path("depends_on_stock").asText()).isEqualTo(first.path("depends_on_stock").asText());
    }

    @Test
    void aStockLineTheStoreDoesNotHaveIsA404() {
        assertThatThrownBy(() -> writer.write(999_999, 0, 3))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no stock row for product 999999");
    }
}

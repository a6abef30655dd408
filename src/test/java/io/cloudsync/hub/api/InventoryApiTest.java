package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.stock.InventoryDecisions;
import io.cloudsync.hub.erp.stock.InventoryStep;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /v1/admin/inventory on real state: decisions recorded through the repository, listed newest first. */
class InventoryApiTest {

    @TempDir
    static Path dir;
    static ApiHarness hub;
    static String admin;
    static long shortage;

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of());
        admin = hub.token("ops");
        InventoryDecisions decisions = hub.bean("inventoryDecisions", InventoryDecisions.class);
        shortage = decisions.open(step("purchase-requested", "MUG", 3, 7)).decisionId();
        decisions.requested(shortage, 42);
        decisions.stored(step("store-updated", "TS-S", 2, 9));
        decisions.stored(step("store-updated", "CAP", 1, 6));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void decisionsAreListedNewestFirstWithTheirFiguresAndTrytonDocument() throws Exception {
        HttpResponse<String> answer = hub.get("/v1/admin/inventory", admin);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = hub.json(answer);
        assertThat(skus(body)).containsExactly("CAP", "TS-S", "MUG");
        assertThat(body.path("open_shortages").asLong()).isEqualTo(1);
        JsonNode mug = body.path("decisions").get(2);
        assertThat(mug.path("action").asText()).isEqualTo("purchase-requested");
        assertThat(mug.path("store_quantity").asInt()).isEqualTo(3);
        assertThat(mug.path("tryton_model").asText()).isEqualTo("purchase.request");
        assertThat(mug.path("tryton_id").asLong()).isEqualTo(42);
        assertThat(mug.path("opened_at").isTextual()).isTrue();
        assertThat(mug.path("closed_at").isNull()).isTrue();
    }

    @Test
    void aLimitASkuOrOpenShortagesNarrowTheList() throws Exception {
        assertThat(skus(hub.json(hub.get("/v1/admin/inventory?limit=2", admin)))).containsExactly("CAP", "TS-S");
        assertThat(skus(hub.json(hub.get("/v1/admin/inventory?sku=TS-S", admin)))).containsExactly("TS-S");
        assertThat(skus(hub.json(hub.get("/v1/admin/inventory?status=open", admin)))).containsExactly("MUG");
    }

    @Test
    void aMalformedParameterIs400NamingItAndAReaderIsRefused() throws Exception {
        for (String[] bad : new String[][] {{"limit=0", "limit"}, {"limit=many", "limit"}, {"status=closed", "status"}}) {
            HttpResponse<String> answer = hub.get("/v1/admin/inventory?" + bad[0], admin);
            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(answer.body()).as(bad[0]).contains(bad[1]);
        }
        assertThat(hub.get("/v1/admin/inventory", hub.token("reader")).statusCode()).isEqualTo(403);
    }

    private static List<String> skus(JsonNode body) {
        List<String> skus = new ArrayList<>();
        body.path("decisions").forEach(decision -> skus.add(decision.path("sku").asText()));
        return skus;
    }

    private static InventoryStep step(String action, String sku, int store, int quantity) {
        return new InventoryStep(0, action, sku, 7, 0, store, 5, store, quantity, 70);
    }
}

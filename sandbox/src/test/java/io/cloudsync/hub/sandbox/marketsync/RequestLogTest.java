package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every request is logged with its verb, controller, status, the SKUs it names and the columns of each item. */
class RequestLogTest extends SharedSandboxTest {

    @Test
    void aRequestIsLoggedWithVerbControllerSkusAndTheColumnsOfEachItem() {
        long id = sandbox.createProducts("PLAYERA-001", "PLAYERA-002");
        sandbox.send("PUT", "productos", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("nombre", "Otro nombre"), Items.NODES.objectNode().put("product_id", id + 1).put("ppeso", 3)));
        sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.AMAZON)));
        sandbox.get("productos", Map.of("skus", "PLAYERA-002", "limit", "5"));

        List<LoggedRequest> log = sandbox.simulator.requests().all();

        assertThat(log).extracting(LoggedRequest::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(log.get(0).verb()).isEqualTo("POST");
        assertThat(log.get(0).path()).isEqualTo("productos");
        assertThat(log.get(0).skus()).containsExactly("PLAYERA-001", "PLAYERA-002");
        assertThat(log.get(0).columns().get(0)).startsWith("nombre", "descripcion", "ficha").contains("atributos");
        assertThat(log.get(1).verb()).isEqualTo("PUT");
        assertThat(log.get(1).columns()).containsExactly(List.of("product_id", "nombre"), List.of("product_id", "ppeso"));
        assertThat(log.get(1).skus()).containsExactly("PLAYERA-001", "PLAYERA-002");
        assertThat(log.get(2).path()).isEqualTo("productos/publicar");
        assertThat(log.get(2).section()).isEqualTo("publicar");
        assertThat(log.get(3).params()).containsOnly(Map.entry("skus", "PLAYERA-002"), Map.entry("limit", "5"));
        assertThat(log.get(3).skus()).containsExactly("PLAYERA-002");
        assertThat(log).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.error()).isNull();
        });
    }

    @Test
    void aRefusedRequestIsLoggedWithItsStatusAndError() {
        sandbox.refused("POST", "productos", Items.array(Items.product("P-1")));

        assertThat(sandbox.simulator.requests().all()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.error()).contains("sku: must have 5 to 18 characters");
            assertThat(r.skus()).containsExactly("P-1");
        });
    }

    @Test
    void theInspectionApiListsRequestsSinceANumberAndClearsThem() {
        sandbox.get("markets");
        sandbox.get("colores");
        sandbox.get("paises");

        JsonNode since = Sandbox.parse(sandbox.raw("GET", "/_sandbox/requests?since=1", null).body());

        assertThat(since.path("last").asLong()).isEqualTo(3);
        assertThat(since.path("requests")).extracting(r -> r.path("seq").asLong() + " " + r.path("controller").asText())
                .containsExactly("2 colores", "3 paises");
        assertThat(since.path("requests").get(0).has("signature")).isFalse();
        assertThat(sandbox.raw("DELETE", "/_sandbox/requests", null).statusCode()).isEqualTo(200);
        assertThat(Sandbox.parse(sandbox.raw("GET", "/_sandbox/requests", null).body()).path("requests")).isEmpty();
    }

    @Test
    void statsCountRequestsPerControllerVerbAndStatus() {
        sandbox.createProducts("PLAYERA-010");
        sandbox.refused("POST", "productos", Items.array(Items.product("PLAYERA-010")));
        sandbox.get("categorias/atributos/7416");
        sandbox.get("categorias/atributos/2752");

        JsonNode stats = Sandbox.parse(sandbox.raw("GET", "/_sandbox/stats", null).body());

        assertThat(stats.path("requests").asLong()).isEqualTo(4);
        assertThat(stats.at("/byController/productos/POST/200").asLong()).isEqualTo(1);
        assertThat(stats.at("/byController/productos/POST/400").asLong()).isEqualTo(1);
        assertThat(stats.path("byController").path("categorias/atributos/{id}").path("GET").path("200").asLong())
                .isEqualTo(2);
        assertThat(stats.path("products").asInt()).isEqualTo(1);
        assertThat(sandbox.simulator.requests().counts().get("productos").get("POST")).containsEntry(400, 1L);
    }
}

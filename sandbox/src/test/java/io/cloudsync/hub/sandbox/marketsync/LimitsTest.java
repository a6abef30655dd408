package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Batches of at most 100 items, bodies under 1 MB, a request rate, and 404 for what MarketSync does not serve. */
class LimitsTest {

    private Sandbox sandbox;

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void aBatchOf100IsAcceptedAndOneOf101IsRefusedNamingTheLimit() {
        sandbox = Sandbox.quiet();
        ArrayNode hundred = Items.NODES.arrayNode();
        for (int i = 0; i < 100; i++) {
            hundred.add(Items.product(String.format("PLAYERA-%04d", i)));
        }
        assertThat(sandbox.send("POST", "productos", hundred)).hasSize(100);
        hundred.add(Items.product("PLAYERA-0101"));

        MarketSyncException refused = sandbox.refused("PUT", "stock", hundred);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.getMessage()).contains("batch of 101 items exceeds the limit of 100 items per call");
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedWith413() {
        sandbox = Sandbox.quiet();
        ArrayNode big = Items.NODES.arrayNode();
        for (int i = 0; i < 90; i++) {
            big.add(Items.product(String.format("PLAYERA-%04d", i)).put("ficha", "f".repeat(12_000)));
        }

        MarketSyncException refused = sandbox.refused("POST", "productos", big);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.getMessage()).contains("exceeds the limit of 1 MB");
        assertThat(sandbox.state().productCount()).isZero();
        assertThat(sandbox.simulator.requests().all()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(413));
    }

    @Test
    void beyondTheRateLimitRequestsAreAnswered429WithRetryAfter() {
        sandbox = Sandbox.with(Duration.ofHours(1), 5, 0);
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(sandbox.raw("GET", "/api/markets?" + sandbox.signed(Map.of()), null));
        }

        HttpResponse<String> throttled = responses.stream().filter(r -> r.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 among 20 requests at a limit of 5/s"));
        assertThat(responses.get(0).statusCode()).isEqualTo(200);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(Sandbox.parse(throttled.body()).path("answer").path("error").asText())
                .contains("the limit is 5 requests per second");
    }

    @Test
    void anUnknownControllerOrAVerbAControllerDoesNotServeAnswers404() {
        sandbox = Sandbox.quiet();

        for (String path : List.of("/api/usuarios", "/api/productos/borrar")) {
            HttpResponse<String> response = sandbox.raw("GET", path + "?" + sandbox.signed(Map.of()), null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(Sandbox.parse(response.body()).path("answer").path("error").asText())
                    .isEqualTo("Method is not allowed or does not exists.");
        }
        MarketSyncException noGet = org.assertj.core.api.Assertions.catchThrowableOfType(MarketSyncException.class,
                () -> sandbox.get("variacion"));
        assertThat(noGet.status()).isEqualTo(404);
        assertThat(sandbox.raw("DELETE", "/api/precios?" + sandbox.signed(Map.of()), "[]").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aBodyThatIsNotJsonOrHasNoItemsIsRefused() {
        sandbox = Sandbox.quiet();

        HttpResponse<String> notJson = sandbox.raw("POST", "/api/productos?" + sandbox.signed(Map.of()), "{nombre:");
        JsonNode empty = Sandbox.parse(sandbox.raw("POST", "/api/productos?" + sandbox.signed(Map.of()), "[]").body());

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("the body is not valid JSON");
        assertThat(empty.path("answer").path("error").asText()).contains("the body holds no items");
    }
}

package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's limits per client: rate, body size and requests in flight; and errors that never dead-letter. */
class ApiLimitsTest {

    @TempDir
    Path dir;

    @Test
    void overTheRateLimitIs429WithRetryAfter() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("hub.api.rate-limit", "3"))) {
            String ops = hub.token("ops");
            for (int i = 0; i < 3; i++) {
                assertThat(hub.get("/v1/admin/sync-status", ops).statusCode()).isEqualTo(200);
            }

            HttpResponse<String> over = hub.get("/v1/admin/sync-status", ops);

            assertThat(over.statusCode()).isEqualTo(429);
            long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);
            assertThat(hub.json(over).get("error").asText()).isEqualTo("rate_limited");
            assertThat(hub.post("/v1/test/echo", hub.token("writer"), "{}").statusCode())
                    .as("another client has its own bucket").isEqualTo(200);
        }
    }

    @Test
    void failedTokenRequestsOverTheirLimitMakeTheAddressWaitBeforeAnySecretIsChecked() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("hub.api.token-rate-limit", "3"))) {
            for (int i = 0; i < 5; i++) {
                assertThat(hub.tokenRequest("writer", ApiHarness.SECRET, null).statusCode())
                        .as("successful requests are not counted").isEqualTo(200);
            }
            for (int i = 0; i < 3; i++) {
                assertThat(hub.tokenRequest(i == 0 ? "made-up" : "ops", "guess-" + i, null).statusCode()).isEqualTo(401);
            }

            HttpResponse<String> over = hub.tokenRequest("ops", ApiHarness.SECRET, null);

            assertThat(over.statusCode()).as("even the right secret waits, from this address").isEqualTo(429);
            assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            assertThat(hub.json(over).get("error").asText()).isEqualTo("too_many_requests");
            assertThat(hub.json(over).get("error_description").asText()).contains("try again in");
            assertThat(hub.tokenRequest("writer", ApiHarness.SECRET, null).statusCode())
                    .as("the allowance is the address's, whatever the client id").isEqualTo(429);
        }
    }

    @Test
    void aBodyOverTheLimitIs413InJson() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("hub.api.max-body-bytes", "1000"))) {
            String writer = hub.token("writer");
            assertThat(hub.post("/v1/test/echo", writer, "x".repeat(1000)).statusCode()).isEqualTo(200);

            HttpResponse<String> tooLarge = hub.post("/v1/test/echo", writer, "x".repeat(1001));

            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(tooLarge.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(hub.json(tooLarge).get("error").asText()).isEqualTo("payload_too_large");
            assertThat(hub.json(tooLarge).get("message").asText()).contains("1000 bytes");
        }
    }

    @Test
    void theDefaultLimitIsOneMegabyte() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of())) {
            String writer = hub.token("writer");
            assertThat(hub.post("/v1/test/echo", writer, "x".repeat(1_048_576)).statusCode()).isEqualTo(200);
            assertThat(hub.post("/v1/test/echo", writer, "x".repeat(1_048_577)).statusCode()).isEqualTo(413);
        }
    }

    @Test
    void theEleventhConcurrentRequestIs429AndPermitsComeBack() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of())) {
            String reader = hub.token("reader");
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                inFlight.add(hub.http().sendAsync(HttpRequest.newBuilder(URI.create(hub.url("/v1/test/slow")))
                        .header("Authorization", "Bearer " + reader).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Awaitility.await("10 requests waiting at the gate").atMost(Duration.ofSeconds(30))
                    .until(() -> hub.gate().waiting() == 10);

            HttpResponse<String> eleventh = hub.get("/v1/test/slow", reader);

            assertThat(eleventh.statusCode()).isEqualTo(429);
            assertThat(hub.json(eleventh).get("error").asText()).isEqualTo("too_many_concurrent_requests");
            assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
            hub.gate().open();
            for (CompletableFuture<HttpResponse<String>> request : inFlight) {
                assertThat(request.get().statusCode()).isEqualTo(200);
            }
            ConcurrencyLimiter limiter = hub.bean("apiConcurrency", ConcurrencyLimiter.class);
            Awaitility.await("permits released").atMost(Duration.ofSeconds(10)).until(() -> limiter.inFlight("reader") == 0);
            assertThat(hub.get("/v1/test/slow", reader).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFailingCallIsA500WithoutInternalsReleasesItsPermitAndIsNoDeadLetter() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("hub.api.max-concurrent", "1"))) {
            String reader = hub.token("reader");
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> boom = hub.get("/v1/test/boom?token=top-secret-value", reader);

                assertThat(boom.statusCode()).isEqualTo(500);
                JsonNode error = hub.json(boom);
                assertThat(error.get("error").asText()).isEqualTo("internal_error");
                assertThat(error.get("message").asText()).contains("ref ")
                        .doesNotContain("IllegalStateException", "top-secret-value", "password");
            }
            DeadLetterRepository letters = hub.bean("deadLetterRepository", DeadLetterRepository.class);
            assertThat(letters.countByStatus().get(DeadLetterStatus.PENDING)).isZero();
        }
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        try (ApiHarness hub = ApiHarness.start(dir, Map.of())) {
            HttpResponse<String> missing = hub.get("/v1/no-such-thing", hub.token("ops"));
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(hub.json(missing).get("error").asText()).isEqualTo("not_found");

            HttpResponse<String> wrongMethod = hub.post("/v1/admin/sync-status", hub.token("ops"), "{}");
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
            assertThat(hub.json(wrongMethod).get("error").asText()).isEqualTo("method_not_allowed");
        }
    }
}

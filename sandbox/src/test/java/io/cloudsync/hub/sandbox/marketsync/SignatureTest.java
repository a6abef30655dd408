package io.cloudsync.hub.sandbox.marketsync;

import io.cloudsync.hub.testing.JdkHttpTransport;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureTest extends SharedSandboxTest {

    @Test
    void theHubClientsSignedRequestsAreAccepted() {
        JsonNode markets = sandbox.get("markets");

        assertThat(markets).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sandbox.simulator.requests().all()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void parametersThatNeedEncodingAreSignedAndVerifiedAlike() {
        sandbox.createProducts("RADIO-PORT-1");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", "Playera estampada colibrí RADIO-PORT-1");
        params.put("skus", "RADIO-PORT-1,OTRO & MÁS");
        params.put("brand", "Studio Design");

        JsonNode found = sandbox.get("productos", params);

        assertThat(found).singleElement().satisfies(p -> assertThat(p.path("sku").asText()).isEqualTo("RADIO-PORT-1"));
    }

    @Test
    void aPythonStyleTimestampWithMicrosecondsAndOneWithoutFractionAreAccepted() {
        String now = sandbox.signer.timestampNow();
        String withoutFraction = now.substring(0, now.indexOf('.'));

        assertThat(rawGet(Map.of(), now).statusCode()).isEqualTo(200);
        assertThat(rawGet(Map.of(), withoutFraction).statusCode()).isEqualTo(200);
    }

    @Test
    void aTamperedParameterIsRejectedAsABadSignature() {
        String query = sandbox.signed(Map.of("limit", "5")).replace("limit=5", "limit=6");

        HttpResponse<String> response = sandbox.raw("GET", "/api/productos?" + query, null);

        assertRejected(response, "invalid signature");
    }

    @Test
    void aSignatureMadeWithAnotherKeyIsRejected() {
        MarketSyncSigner other = new MarketSyncSigner(MarketSyncSandboxSettings.SANDBOX_TOKEN, "someone-elses-key");

        HttpResponse<String> response = sandbox.raw("GET", "/api/markets?" + other.signedQuery(Map.of()), null);

        assertRejected(response, "invalid signature");
    }

    @Test
    void aMissingSignatureIsRejectedSayingSo() {
        String query = sandbox.signed(Map.of());
        String unsigned = query.substring(0, query.indexOf("&signature="));

        assertRejected(sandbox.raw("GET", "/api/markets?" + unsigned, null), "missing parameter signature");
    }

    @Test
    void aMissingTokenIsRejectedSayingSo() {
        String query = sandbox.signed(Map.of()).replace("token=" + MarketSyncSandboxSettings.SANDBOX_TOKEN + "&", "");

        assertRejected(sandbox.raw("GET", "/api/markets?" + query, null), "missing parameter token");
    }

    @Test
    void anUnknownTokenIsRejectedThroughTheHubClientWithItsAdvice() {
        MarketSyncSettings settings = new MarketSyncSettings(sandbox.simulator.url(), "not-a-seller",
                MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY, "");
        MarketSyncClient stranger = new MarketSyncClient(settings, settings.signer(), new JdkHttpTransport(),
                Sandbox.JSON);

        MarketSyncException refused = org.assertj.core.api.Assertions.catchThrowableOfType(MarketSyncException.class,
                () -> stranger.get("markets", Map.of()));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.getMessage()).contains("invalid token").contains("hub.marketsync.token");
    }

    @Test
    void missingTimestampOrVersionAreRejectedSayingWhich() {
        Map<String, String> noTimestamp = new LinkedHashMap<>(Map.of("token", MarketSyncSandboxSettings.SANDBOX_TOKEN,
                "version", "1.0"));
        Map<String, String> noVersion = new LinkedHashMap<>(Map.of("token", MarketSyncSandboxSettings.SANDBOX_TOKEN,
                "timestamp", sandbox.signer.timestampNow()));

        assertRejected(sandbox.raw("GET", "/api/markets?" + selfSigned(noTimestamp), null), "missing parameter timestamp");
        assertRejected(sandbox.raw("GET", "/api/markets?" + selfSigned(noVersion), null), "missing parameter version");
    }

    @Test
    void aStaleTimestampIsRejectedWithTheSkew() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        MarketSyncSigner late = new MarketSyncSigner(MarketSyncSandboxSettings.SANDBOX_TOKEN,
                MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY, anHourAgo);

        HttpResponse<String> response = sandbox.raw("GET", "/api/markets?" + late.signedQuery(Map.of()), null);

        assertRejected(response, "stale timestamp");
        assertThat(response.body()).contains("60 minutes away");
    }

    @Test
    void aTimestampInUtcInsteadOfMexicoCityTimeIsStale() {
        String utc = java.time.LocalDateTime.now(ZoneOffset.UTC).toString();

        assertRejected(rawGet(Map.of(), utc), "stale timestamp");
    }

    @Test
    void rejectionsNeverShowThePrivateKeyNorAreTheyLoggedWithIt() {
        String query = sandbox.signed(Map.of("limit", "5")).replace("limit=5", "limit=6");
        sandbox.raw("GET", "/api/productos?" + query, null);

        assertThat(sandbox.simulator.requests().all()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.error()).contains("invalid signature").doesNotContain(MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY);
            assertThat(r.params()).containsOnlyKeys("limit");
        });
        assertThat(sandbox.raw("GET", "/_sandbox/requests", null).body())
                .doesNotContain(MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY).doesNotContain("signature=");
    }

    private HttpResponse<String> rawGet(Map<String, String> params, String timestamp) {
        return sandbox.raw("GET", "/api/markets?" + sandbox.signer.signedQuery(params, timestamp), null);
    }

    /** Signs whatever parameters are given, as a client that forgets some would. */
    private String selfSigned(Map<String, String> params) {
        String canonical = MarketSyncSigner.canonical(params);
        return canonical + "&signature=" + sandbox.signer.signature(canonical);
    }

    private static void assertRejected(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode envelope = Sandbox.parse(response.body());
        assertThat(envelope.path("answer").path("error").asText()).contains(reason)
                .doesNotContain(MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY);
        assertThat(envelope.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }
}

package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /oauth/token} as OAuth2 clients call it: form or HTTP Basic, and every refusal of RFC 6749 §5.2. */
class TokenEndpointTest {

    @TempDir
    static Path dir;
    static ApiHarness hub;

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of());
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void clientCredentialsInTheFormGetABearerTokenForAnHour() throws Exception {
        HttpResponse<String> answer = hub.postForm("/oauth/token", "grant_type=client_credentials&client_id=reader"
                + "&client_secret=" + ApiHarness.SECRET, Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode token = hub.json(answer);
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(token.get("scope").asText()).isEqualTo("read");
        assertThat(SignedJWT.parse(token.get("access_token").asText()).getJWTClaimsSet().getSubject()).isEqualTo("reader");
        assertThat(answer.body()).doesNotContain(ApiHarness.SECRET);
    }

    @Test
    void httpBasicWorksAndScopeNarrowsTheToken() throws Exception {
        HttpResponse<String> answer = hub.tokenRequest("ops", ApiHarness.SECRET, "read admin");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode token = hub.json(answer);
        assertThat(token.get("scope").asText()).isEqualTo("read admin");
        assertThat(SignedJWT.parse(token.get("access_token").asText()).getJWTClaimsSet().getStringClaim("scope"))
                .isEqualTo("read admin");
        assertThat(hub.get("/v1/admin/sync-status", token.get("access_token").asText()).statusCode()).isEqualTo(200);
        HttpResponse<String> writeCall = hub.post("/v1/test/echo", token.get("access_token").asText(), "{}");
        assertThat(writeCall.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongSecretAndAnUnknownClientAreTheSameInvalidClient() throws Exception {
        for (HttpResponse<String> answer : new HttpResponse[] {
                hub.tokenRequest("ops", "wrong-secret", null),
                hub.tokenRequest("nobody", ApiHarness.SECRET, null),
                hub.postForm("/oauth/token", "grant_type=client_credentials&client_id=ops&client_secret=nope", Map.of())}) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic realm=\"cloudsync-hub\"");
            JsonNode error = hub.json(answer);
            assertThat(error.get("error").asText()).isEqualTo("invalid_client");
            assertThat(error.get("error_description").asText()).isEqualTo("unknown client or wrong secret");
            assertThat(error.get("message").asText()).isEqualTo("unknown client or wrong secret");
            assertThat(answer.body()).doesNotContain("wrong-secret").doesNotContain("nope");
        }
    }

    @Test
    void noClientAuthenticationIsInvalidClient() throws Exception {
        HttpResponse<String> answer = hub.postForm("/oauth/token", "grant_type=client_credentials", Map.of());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(hub.json(answer).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void anotherGrantTypeIsUnsupported() throws Exception {
        HttpResponse<String> answer = hub.postForm("/oauth/token", "grant_type=password&username=a&password=b",
                Map.of("Authorization", basic("ops", ApiHarness.SECRET)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(hub.json(answer).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aMissingGrantTypeIsAnInvalidRequest() throws Exception {
        HttpResponse<String> answer = hub.postForm("/oauth/token", "client_id=ops&client_secret=" + ApiHarness.SECRET,
                Map.of());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(hub.json(answer).get("error").asText()).isEqualTo("invalid_request");
        assertThat(hub.json(answer).get("message").asText()).contains("grant_type");
    }

    @Test
    void bothAuthenticationMethodsAtOnceAreAnInvalidRequest() throws Exception {
        HttpResponse<String> answer = hub.postForm("/oauth/token", "grant_type=client_credentials&client_secret="
                + ApiHarness.SECRET, Map.of("Authorization", basic("ops", ApiHarness.SECRET)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(hub.json(answer).get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void aScopeBeyondTheClientsIsAnInvalidScope() throws Exception {
        for (String scope : new String[] {"admin", "read delete"}) {
            HttpResponse<String> answer = hub.tokenRequest("reader", ApiHarness.SECRET, scope);

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(hub.json(answer).get("error").asText()).isEqualTo("invalid_scope");
        }
    }

    @Test
    void theKeysArePublicAndServedWithoutAToken() throws Exception {
        HttpResponse<String> jwks = hub.get("/oauth/jwks.json", null);

        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(hub.json(jwks).get("keys")).hasSize(1);
        assertThat(jwks.body()).contains("\"kty\":\"RSA\"", "\"alg\":\"RS256\"", "\"use\":\"sig\"")
                .doesNotContain("\"d\":", "\"p\":", "\"q\":");
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes());
    }
}

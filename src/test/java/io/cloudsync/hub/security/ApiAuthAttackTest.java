package io.cloudsync.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.api.ApiHarness;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, findings 2, 5, 6 and 7 replayed against a running hub with a dashboard client: the dashboard's anonymous
 * token on every endpoint with personal data; credentials in the query string; locking a client out of the token
 * endpoint and telling unknown ids from wrong secrets; one dashboard viewer using up the dashboard for all.
 * Callers at other addresses are played from 127.0.0.2 and up ({@link FromAddress}).
 */
@ExtendWith(Attacks.class)
class ApiAuthAttackTest {

    private static final int TOKEN_FAILURES = 3;
    private static final int RATE = 8;

    @TempDir
    static Path dir;
    static ApiHarness hub;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of("hub.api.dashboard-client", "dashboard",
                "hub.api.token-rate-limit", Integer.toString(TOKEN_FAILURES), "hub.api.rate-limit", Integer.toString(RATE)));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private static FromAddress from(String address) {
        return new FromAddress(address, URI.create(hub.url("/")).getPort());
    }

    private static String dashboardToken(FromAddress viewer) throws Exception {
        FromAddress.Answer answer = viewer.post("/dashboard/token", Map.of(), "");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String seen(HttpResponse<String> answer) {
        return answer.statusCode() + " " + answer.body();
    }

    @Test
    void finding2TheDashboardTokenReadsNoPersonalData() throws Exception {
        String token = dashboardToken(from("127.0.0.4"));
        for (String path : List.of("/v1/sync/customers", "/v1/sync/orders", "/v1/sync/products",
                "/v1/reports/customers/analytics", "/v1/reports/customers/export?format=csv",
                "/v1/reports/sales/export?format=csv", "/v1/reports/products/export?format=csv",
                "/v1/admin/sync-status", "/v1/admin/dead-letters")) {
            HttpResponse<String> answer = hub.get(path, token);
            Attacks.refused("2", "dashboard token on GET " + path, answer.statusCode() == 403, seen(answer));
        }
        HttpResponse<String> write = hub.send(HttpRequest.newBuilder(URI.create(hub.url("/v1/sync/products")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"products\": []}")));
        Attacks.refused("2", "dashboard token on PUT /v1/sync/products", write.statusCode() == 403, seen(write));

        HttpResponse<String> performance = hub.get("/v1/reports/products/performance?period_days=30", token);
        assertThat(performance.statusCode()).isEqualTo(200);
        assertThat(hub.get("/v1/reports/sales?group_by=day", token).statusCode()).isEqualTo(200);
        assertThat(hub.get("/v1/dashboard/status", token).statusCode()).isEqualTo(200);
        JsonNode top = hub.json(performance).path("top_products");
        top.forEach(product -> assertThat(Set.copyOf(List.copyOf(iterable(product.fieldNames()))))
                .isSubsetOf("id", "name", "sku", "units", "sales", "sales_tax_excl", "orders"));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void finding5CredentialsInTheQueryStringAuthenticateNothing() throws Exception {
        String reader = hub.token("reader");
        String ops = hub.token("ops");
        for (String name : List.of("Authorization", "authorization", "AUTHORIZATION")) {
            HttpResponse<String> answer = hub.get("/v1/sync/customers?" + name + "="
                    + URLEncoder.encode("Bearer " + reader, StandardCharsets.UTF_8), null);
            Attacks.refused("5", "?" + name + "=Bearer <valid token> without a header on /v1/sync/customers",
                    answer.statusCode() == 400 || answer.statusCode() == 401, seen(answer));
        }
        HttpResponse<String> shadow = hub.get("/v1/admin/sync-status?Authorization="
                + URLEncoder.encode("Bearer " + ops, StandardCharsets.UTF_8), reader);
        Attacks.refused("5", "?Authorization=Bearer <admin token> beside a read token's header on an admin call",
                shadow.statusCode() == 400 || shadow.statusCode() == 403, seen(shadow));
        HttpResponse<String> clientId = hub.get("/v1/sync/customers?HubClientId=ops", reader);
        Attacks.refused("5", "?HubClientId=ops on an API call", clientId.statusCode() == 400, seen(clientId));

        String basic = URLEncoder.encode(basic("ops", ApiHarness.SECRET), StandardCharsets.UTF_8);
        HttpResponse<String> token = hub.postForm("/oauth/token?Authorization=" + basic, "grant_type=client_credentials",
                Map.of());
        Attacks.refused("5", "POST /oauth/token?Authorization=Basic <right credentials>",
                token.statusCode() != 200 && !token.body().contains("access_token"), seen(token));
        HttpResponse<String> queryForm = hub.postForm("/oauth/token?client_id=ops&client_secret=" + ApiHarness.SECRET,
                "grant_type=client_credentials", Map.of());
        Attacks.refused("5", "POST /oauth/token?client_id=…&client_secret=… (credentials in the query, not the form)",
                queryForm.statusCode() != 200 && !queryForm.body().contains("access_token"), seen(queryForm));
        HttpResponse<String> formHeader = hub.postForm("/oauth/token", "grant_type=client_credentials&Authorization="
                + basic, Map.of());
        Attacks.refused("5", "POST /oauth/token with a form field named Authorization",
                formHeader.statusCode() != 200 && !formHeader.body().contains("access_token"), seen(formHeader));
        HttpResponse<String> formBearer = hub.send(HttpRequest.newBuilder(URI.create(hub.url("/v1/admin/keys/rotate")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Authorization="
                        + URLEncoder.encode("Bearer " + ops, StandardCharsets.UTF_8))));
        Attacks.refused("5", "POST /v1/admin/keys/rotate with a form field Authorization=Bearer <admin token>",
                formBearer.statusCode() == 401, seen(formBearer));
    }

    @Test
    void finding6OthersFailuresNeverLockTheRealClientOut() throws Exception {
        FromAddress attacker = from("127.0.0.2");
        FromAddress.Answer last = null;
        for (int i = 0; i < TOKEN_FAILURES + 3; i++) {
            last = attacker.post("/oauth/token", Map.of("Authorization", basic("ops", "guess-" + i),
                    "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials");
        }
        Attacks.refused("6", "more wrong secrets for ops than the limit from one address", last.status() == 429,
                last.status() + " " + last.body());
        FromAddress.Answer right = attacker.post("/oauth/token", Map.of("Authorization", basic("ops", ApiHarness.SECRET),
                "Content-Type", "application/x-www-form-urlencoded"), "grant_type=client_credentials");
        assertThat(right.status()).as("the guessing address waits, right secret or not").isEqualTo(429);

        HttpResponse<String> real = hub.tokenRequest("ops", ApiHarness.SECRET, null);
        Attacks.refused("6", "lock ops out of /oauth/token with wrong secrets from another address",
                real.statusCode() == 200, seen(real));
        FromAddress.Answer elsewhere = from("127.0.0.5").post("/oauth/token", Map.of("Content-Type",
                "application/x-www-form-urlencoded"), "grant_type=client_credentials&client_id=ops&client_secret="
                + ApiHarness.SECRET);
        assertThat(elsewhere.status()).as("ops from a third address").isEqualTo(200);
    }

    @Test
    void finding6AnUnknownIdAndAWrongSecretAnswerAlike() throws Exception {
        FromAddress prober = from("127.0.0.3");
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        FromAddress.Answer wrongSecret = prober.post("/oauth/token", withAuthorization(form, basic("ops", "nope")),
                "grant_type=client_credentials");
        FromAddress.Answer unknownId = prober.post("/oauth/token", withAuthorization(form, basic("no-such-client", "nope")),
                "grant_type=client_credentials");
        Map<String, String> wrongHeaders = new HashMap<>(wrongSecret.headers());
        Map<String, String> unknownHeaders = new HashMap<>(unknownId.headers());
        wrongHeaders.remove("date");
        unknownHeaders.remove("date");
        boolean alike = wrongSecret.status() == unknownId.status() && wrongSecret.body().equals(unknownId.body())
                && wrongHeaders.equals(unknownHeaders);
        Attacks.refused("6", "tell an unknown client id from a wrong secret by status, body or headers", alike,
                "wrong secret: " + wrongSecret + "; unknown id: " + unknownId);
        assertThat(wrongSecret.status()).isEqualTo(401);
    }

    private static Map<String, String> withAuthorization(Map<String, String> headers, String authorization) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Authorization", authorization);
        return all;
    }

    @Test
    void finding7OneViewerOverItsLimitDoesNotBlockAnother() throws Exception {
        FromAddress hammering = from("127.0.0.6");
        String hammeringToken = dashboardToken(hammering);
        FromAddress.Answer last = null;
        for (int i = 0; i < RATE + 2; i++) {
            last = hammering.get("/v1/dashboard/status", Map.of("Authorization", "Bearer " + hammeringToken));
        }
        assertThat(last.status()).as("the hammering viewer is over its limit").isEqualTo(429);
        FromAddress.Answer sameAddress = hammering.get("/v1/dashboard/status", Map.of("Authorization", "Bearer "
                + dashboardToken(hammering)));
        assertThat(sameAddress.status()).as("a new token from the same address does not escape").isEqualTo(429);

        FromAddress other = from("127.0.0.7");
        FromAddress.Answer answer = other.get("/v1/dashboard/status", Map.of("Authorization", "Bearer "
                + dashboardToken(other)));
        Attacks.refused("7", "one dashboard viewer over the rate limit blocks another viewer", answer.status() == 200,
                answer.status() + " " + answer.body());
        HttpResponse<String> reader = hub.get("/v1/dashboard/status", hub.token("reader"));
        assertThat(reader.statusCode()).as("a real client is not affected either").isEqualTo(200);
    }
}

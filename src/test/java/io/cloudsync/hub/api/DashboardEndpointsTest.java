package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as the running hub serves it (routes/dashboard-serve.camel.yaml): the page at / and its files with
 * their content types and security headers, 404 for anything else (no way out of the served folders), the
 * dashboard-scoped token of hub.api.dashboard-client and what it can and cannot read, and the sync status.
 */
class DashboardEndpointsTest {

    @TempDir
    static Path dir;
    @TempDir
    static Path otherDir;
    static ApiHarness hub;

    @BeforeAll
    static void start() throws Exception {
        hub = ApiHarness.start(dir, Map.of("hub.api.dashboard-client", "dashboard"));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void theRootIsTheDashboardPageWithItsSecurityHeaders() throws Exception {
        HttpResponse<String> page = hub.get("/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
        assertThat(page.body()).contains("<canvas id=\"sales-chart\"", "/webjars/chart.js/dist/chart.umd.js");
    }

    @Test
    void scriptsStylesAndChartJsAreServedFromTheJar() throws Exception {
        assertThat(hub.get("/dashboard/dashboard.js", null)).satisfies(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            assertThat(answer.body()).contains("/v1/reports/sales");
        });
        assertThat(hub.get("/dashboard/dashboard.css", null).headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        HttpResponse<String> chart = hub.get("/webjars/chart.js/dist/chart.umd.js", null);
        assertThat(chart.statusCode()).isEqualTo(200);
        assertThat(chart.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(chart.body()).contains("Chart.js");
    }

    @Test
    void anythingElseIsA404InTheApiFormatAndNeverAFileOutsideTheFolders() throws Exception {
        List<String> paths = List.of("/dashboard/nothing.js", "/webjars/nothing/x.js", "/index.php",
                "/dashboard/../hub-defaults.properties", "/dashboard/%2e%2e/hub-defaults.properties",
                "/dashboard/..%2fhub-defaults.properties", "/webjars/%2e%2e/%2e%2e/%2e%2e/hub-defaults.properties",
                "/webjars/chart.js/../../../../logback.xml", "/dashboard/%2e%2e%2f%2e%2e%2fhub-defaults.properties");
        List<String> answers = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> answer = hub.send(HttpRequest.newBuilder(URI.create(hub.url(path))).GET());
            answers.add(path + " -> " + answer.statusCode());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(hub.json(answer).path("error").asText()).as(path).isEqualTo("not_found");
            assertThat(answer.body()).as(path).doesNotContain("hub.api", "<configuration");
        }
        assertThat(answers).hasSize(paths.size());
    }

    @Test
    void thePageIsOnlyRead() throws Exception {
        HttpResponse<String> answer = hub.post("/", null, "{}");
        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void theDashboardTokenReachesOnlyWhatThePageShows() throws Exception {
        HttpResponse<String> answer = hub.post("/dashboard/token", null, null);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode token = hub.json(answer);
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("scope").asText()).isEqualTo("dashboard");
        assertThat(token.path("expires_in").asLong()).isEqualTo(15 * 60);
        String accessToken = token.path("access_token").asText();
        assertThat(SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("client_id")).isEqualTo("dashboard");

        assertThat(hub.get("/v1/dashboard/status", accessToken).statusCode()).isEqualTo(200);
        assertThat(hub.get("/v1/reports/sales?group_by=day", accessToken).statusCode()).isEqualTo(200);
        assertThat(hub.get("/v1/reports/products/performance?period_days=30&limit=10", accessToken).statusCode())
                .isEqualTo(200);
        for (String personal : List.of("/v1/sync/customers", "/v1/sync/orders", "/v1/sync/products",
                "/v1/reports/customers/analytics", "/v1/reports/customers/export?format=csv")) {
            HttpResponse<String> refused = hub.get(personal, accessToken);
            assertThat(refused.statusCode()).as(personal).isEqualTo(403);
            assertThat(hub.json(refused).path("error").asText()).as(personal).isEqualTo("insufficient_scope");
        }
        HttpResponse<String> admin = hub.get("/v1/admin/sync-status", accessToken);
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(hub.post("/v1/admin/resync", accessToken, "{}").statusCode()).isEqualTo(403);
        assertThat(hub.get("/dashboard/token", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theStatusNeedsATokenWithTheReadOrDashboardScopeAndShowsFlowsAndDeadLetters() throws Exception {
        assertThat(hub.get("/v1/dashboard/status", null).statusCode()).isEqualTo(401);
        String writer = hub.token("writer");
        assertThat(hub.get("/v1/dashboard/status", writer).statusCode()).isEqualTo(403);

        HttpResponse<String> answer = hub.get("/v1/dashboard/status", hub.token("reader"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode status = hub.json(answer);
        List<String> flows = new ArrayList<>();
        status.path("flows").forEach(flow -> {
            flows.add(flow.path("flow").asText());
            assertThat(flow.has("status")).isTrue();
            assertThat(flow.has("synced_until")).isTrue();
            assertThat(flow.has("lag_seconds")).isTrue();
            assertThat(flow.has("last_error")).isTrue();
            assertThat(flow.has("open_window")).isFalse();
        });
        assertThat(flows).contains("products", "stock", "reconcile");
        assertThat(status.path("dead_letters_pending").isIntegralNumber()).isTrue();
        assertThat(status.path("dead_letters").path("pending").asLong())
                .isEqualTo(status.path("dead_letters_pending").asLong());
    }

    @Test
    void theStatusShowsTheInventoryAutomationsOpenShortagesAndLatestDecisions() throws Exception {
        var decisions = hub.bean("inventoryDecisions", io.cloudsync.hub.erp.stock.InventoryDecisions.class);
        decisions.open(new io.cloudsync.hub.erp.stock.InventoryStep(0, "purchase-requested", "DASH-MUG", 7, 0, 3, 5,
                3, 7, 70));
        decisions.stored(new io.cloudsync.hub.erp.stock.InventoryStep(0, "store-updated", "DASH-CAP", 8, 0, 1, 5, 6,
                6, 80));

        JsonNode inventory = hub.json(hub.get("/v1/dashboard/status", hub.token("reader"))).path("inventory");

        assertThat(inventory.path("open_shortages").asLong()).isPositive();
        List<String> open = new ArrayList<>();
        inventory.path("shortages").forEach(row -> open.add(row.path("sku").asText()));
        assertThat(open).contains("DASH-MUG").doesNotContain("DASH-CAP");
        assertThat(inventory.path("decisions").get(0).path("sku").asText()).isEqualTo("DASH-CAP");
        assertThat(inventory.path("decisions").get(0).path("action").asText()).isEqualTo("store-updated");
    }

    @Test
    void withoutADashboardClientTheTokenEndpointIs404AndThePageStillLoads() throws Exception {
        try (ApiHarness plain = ApiHarness.start(otherDir, Map.of())) {
            HttpResponse<String> answer = plain.post("/dashboard/token", null, null);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(plain.json(answer).path("message").asText()).contains("hub.api.dashboard-client");
            assertThat(plain.get("/", null).statusCode()).isEqualTo(200);
        }
    }
}

package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.api.ApiHarness;
import io.cloudsync.hub.testing.TestPorts;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API port's answers, and the JVM and process, on {@code /observe/metrics}. */
class ApiHttpMetricsTest {

    private static final Pattern SERIES = Pattern.compile("(?m)^hub_api_requests_seconds_count\\{([^}]*)}");

    @TempDir
    Path dir;

    @Test
    void answersAreCountedPerMethodRouteTemplateAndStatus() throws Exception {
        int management = TestPorts.free();
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("camel.management.port", Integer.toString(management),
                "hub.api.rate-limit", "3"))) {
            String reader = hub.token("reader");
            assertThat(hub.get("/v1/sync/products", reader).statusCode()).isEqualTo(200);
            assertThat(hub.get("/v1/sync/products", null).statusCode()).isEqualTo(401);
            assertThat(hub.get("/v1/admin/sync-status", reader).statusCode()).isEqualTo(403);
            int status = 0;
            for (int i = 0; i < 10 && status != 429; i++) {
                status = hub.get("/v1/reports/987654/export", reader).statusCode();
            }
            assertThat(status).as("over hub.api.rate-limit").isEqualTo(429);
            assertThat(hub.get("/v1/no-such/123456?api_key=leaky", null).statusCode()).isEqualTo(404);

            Awaitility.await().untilAsserted(() -> {
                String metrics = scrape(hub, management);
                assertThat(series(metrics)).contains(
                        "method=\"GET\",route=\"/v1/sync/products\",status=\"200\"",
                        "method=\"GET\",route=\"/v1/sync/products\",status=\"401\"",
                        "method=\"GET\",route=\"/v1/admin/sync-status\",status=\"403\"",
                        "method=\"GET\",route=\"/v1/reports/:type/export\",status=\"429\"",
                        "method=\"GET\",route=\"unmatched\",status=\"404\"");
                assertThat(metrics).contains("hub_api_requests_seconds_bucket{");
                for (String labels : series(metrics)) {
                    assertThat(labels).doesNotContain("987654", "123456", "leaky", "no-such", reader,
                            ApiHarness.SECRET);
                }
            });
        }
    }

    @Test
    void jvmAndProcessMetersAreServed() throws Exception {
        int management = TestPorts.free();
        try (ApiHarness hub = ApiHarness.start(dir, Map.of("camel.management.port", Integer.toString(management)))) {
            String metrics = scrape(hub, management);

            assertThat(metrics).contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads",
                    "jvm_classes_loaded_classes", "process_cpu_usage", "process_uptime_seconds",
                    "process_files_open_files", "hub_api_connections_open");
            assertThat(metrics.lines().filter(line -> line.startsWith("process_uptime_seconds ")).count())
                    .as("bound once").isEqualTo(1);
        }
    }

    private static List<String> series(String metrics) {
        Matcher matcher = SERIES.matcher(metrics);
        List<String> labels = new java.util.ArrayList<>();
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }

    private static String scrape(ApiHarness hub, int management) throws Exception {
        return hub.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/observe/metrics")))
                .body();
    }
}

package io.cloudsync.hub.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.app.HubRuntime;
import io.cloudsync.hub.config.HubProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runtime in-process: beans bound, route files loaded, health with the database check on the management port. */
class HubRuntimeTest {

    @Test
    void startsWithTheRouteFilesAndReportsTheDatabaseInReadiness() throws Exception {
        int management = freePort();
        // no poll: with no store or MarketSync to answer, polls would be retrying when the hub stops, and the stop
        // would wait camel.main.shutdown-timeout for them
        HubProperties properties = HubProperties.of(Map.of(
                "hub.db.url", "jdbc:h2:mem:runtime-test;DB_CLOSE_DELAY=-1",
                "camel.server.port", Integer.toString(freePort()),
                "camel.management.port", Integer.toString(management),
                "hub.poll.first-delay", "1h"));

        try (HubRuntime runtime = new HubRuntime(properties)) {
            runtime.start();
            var context = runtime.main().getCamelContext();

            assertThat(context.getRegistry().lookupByName("dataSource")).isNotNull();
            assertThat(context.getRegistry().lookupByName("marketSyncSigner").toString()).doesNotContain("sandbox-private-key");
            String ready = get("http://127.0.0.1:" + management + "/observe/health/ready?exposureLevel=full");
            assertThat(ready).contains("\"state-database\"").contains("\"status\":\"UP\"");
            String live = get("http://127.0.0.1:" + management + "/observe/health/live?exposureLevel=full");
            assertThat(live).doesNotContain("state-database");
            String metrics = get("http://127.0.0.1:" + management + "/observe/metrics");
            assertThat(metrics).contains("hub_dead_letters{status=\"pending\"} 0.0")
                    .contains("hub_sync_lag_seconds{flow=\"products\"}")
                    .contains("hub_outbox_pending{flow=\"stock\"} 0.0");
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        return io.cloudsync.hub.testing.TestPorts.free();
    }
}

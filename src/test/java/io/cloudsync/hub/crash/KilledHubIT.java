package io.cloudsync.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.cloudsync.hub.testing.ExpectedCatalogue;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged hub killed with {@code kill -9} three times while it syncs a 20,000-product shop (the sandbox in a
 * process of its own): when it is left to finish, MarketSync holds the whole catalogue and no product or
 * variation was ever created twice.
 */
class KilledHubIT {

    private static final int PRODUCTS = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void threeKillsDuringASyncLoseNothingAndCreateNothingTwice() throws Exception {
        int storePort = HubProcesses.freePort();
        int marketSyncPort = HubProcesses.freePort();
        String store = "http://127.0.0.1:" + storePort;
        String marketSync = "http://127.0.0.1:" + marketSyncPort;
        try (HubProcesses processes = new HubProcesses(dir)) {
            processes.start("sandbox", List.of("-Dhub.sandbox.store-port=" + storePort,
                    "-Dhub.sandbox.marketsync-port=" + marketSyncPort, "-Dhub.sandbox.products=" + PRODUCTS,
                    "-Dhub.sandbox.activity-per-minute=0", "-Dhub.sandbox.publish-delay=1h",
                    "-Dhub.sandbox.marketsync-rate-limit=0", "-Dhub.sandbox.marketsync-orders-per-minute=0"),
                    "sandbox");
            await(Duration.ofSeconds(60), "the sandbox", () -> get(marketSync + "/_sandbox/stats") != null);
            ExpectedCatalogue expected = ExpectedCatalogue.of(io.cloudsync.hub.config.HubProperties.of(Map.of(
                    "hub.store.url", store, "hub.marketsync.url", marketSync)));
            assertThat(expected.products()).hasSizeGreaterThan(PRODUCTS / 2);
            List<String> hub = List.of("-Dhub.store.url=" + store, "-Dhub.marketsync.url=" + marketSync,
                    "-Dhub.db.url=jdbc:h2:file:" + dir.resolve("data/hub"), "-Dhub.poll.products=1s",
                    "-Dhub.poll.stock=2s", "-Dhub.poll.first-delay=0", "-Dhub.retry.max-delay=2000",
                    "-Dcamel.server.port=" + HubProcesses.freePort(),
                    "-Dcamel.management.port=" + HubProcesses.freePort());

            for (int kill = 1; kill <= 3; kill++) {
                Process running = processes.start("hub", hub, "run");
                int target = kill * PRODUCTS / 5;
                await(Duration.ofSeconds(180), "about " + target + " products in MarketSync before kill " + kill,
                        () -> productCount(marketSync) >= target);
                running.destroyForcibly();
                assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Process last = processes.start("hub", hub, "run");
            await(Duration.ofSeconds(300), "every valid product in MarketSync", () -> createdSkus(requests(marketSync),
                    "productos").containsAll(expected.products().keySet()));

            assertThat(last.isAlive()).as(processes.logText("hub")).isTrue();
            List<JsonNode> requests = requests(marketSync);
            assertThat(createdSkus(requests, "productos")).doesNotHaveDuplicates();
            assertThat(createdSkus(requests, "variacion")).doesNotHaveDuplicates();
            List<String> created = createdSkus(requests, "productos");
            assertThat(productCount(marketSync)).isEqualTo(created.size());
            assertThat(created).allMatch(sku -> expected.products().containsKey(sku) || expected.shared().contains(sku));
        }
    }

    private int productCount(String marketSync) throws IOException, InterruptedException {
        JsonNode stats = get(marketSync + "/_sandbox/stats");
        return stats == null ? 0 : stats.path("products").asInt();
    }

    private List<JsonNode> requests(String marketSync) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        get(marketSync + "/_sandbox/requests?since=0").path("requests").forEach(all::add);
        return all;
    }

    private static List<String> createdSkus(List<JsonNode> requests, String controller) {
        List<String> skus = new ArrayList<>();
        for (JsonNode request : requests) {
            if (request.path("verb").asText().equals("POST") && request.path("controller").asText().equals(controller)
                    && request.path("section").asText("").isEmpty() && request.path("status").asInt() == 200) {
                request.path("skus").forEach(sku -> skus.add(sku.asText()));
            }
        }
        return skus;
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (java.net.ConnectException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }

    private static void await(Duration atMost, String what, Check check) {
        Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(check::ok);
    }
}

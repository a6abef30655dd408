package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.logging.SecretRedactor;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Admin API on real state: letters written through the repository, a resync seen in checkpoints and outbox. */
class AdminApiTest {

    @TempDir
    static Path dir;
    static ApiHarness hub;
    static String admin;
    static DeadLetterRepository letters;
    static DataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        // The hub's own replay route stays idle, so a queued letter stays queued for the assertions.
        hub = ApiHarness.start(dir, Map.of("hub.dlq.replay-period", "1h"));
        admin = hub.token("ops");
        letters = hub.bean("deadLetterRepository", DeadLetterRepository.class);
        dataSource = hub.bean("dataSource", DataSource.class);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @BeforeEach
    void noLettersLeft() throws Exception {
        try (var connection = dataSource.getConnection(); var delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM dead_letter");
        }
    }

    private static long letter(String sink, String route, String key, Clock clock) {
        return new DeadLetterRepository(dataSource, SecretRedactor.none(), clock).record(new DeadLetterFailure(route,
                sink, key, "direct:" + route, "http://target/api", "{\"sku\":\"" + key + "\",\"token\":\"abc123\"}",
                Map.of("HubSink", sink, "Authorization", "Bearer abc"), "java.io.IOException", "refused " + key, 2));
    }

    private static long letter(String sink, String route, String key) {
        return letter(sink, route, key, Clock.systemUTC());
    }

    @Test
    void listsAndFiltersDeadLetters() throws Exception {
        long a = letter("marketsync", "marketsync-deliver", "SKU-A");
        long b = letter("erp", "erp-products", "SKU-B");
        long old = letter("marketsync", "marketsync-deliver", "SKU-OLD",
                Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC));
        letters.markDiscarded(b);

        assertThat(ids(hub.get("/v1/admin/dead-letters", admin))).containsExactly(a, old);
        assertThat(ids(hub.get("/v1/admin/dead-letters?status=all", admin))).containsExactlyInAnyOrder(a, b, old);
        assertThat(ids(hub.get("/v1/admin/dead-letters?status=discarded", admin))).containsExactly(b);
        assertThat(ids(hub.get("/v1/admin/dead-letters?sink=erp&status=all", admin))).containsExactly(b);
        assertThat(ids(hub.get("/v1/admin/dead-letters?route=marketsync-deliver", admin))).containsExactly(a, old);
        assertThat(ids(hub.get("/v1/admin/dead-letters?older_than=1d", admin))).containsExactly(old);
        assertThat(ids(hub.get("/v1/admin/dead-letters?newer_than=2h", admin))).containsExactly(a);
        assertThat(ids(hub.get("/v1/admin/dead-letters?limit=1", admin))).containsExactly(a);
        JsonNode first = hub.json(hub.get("/v1/admin/dead-letters", admin)).get("dead_letters").get(0);
        assertThat(first.get("message_key").asText()).isEqualTo("SKU-A");
        assertThat(first.get("error_message").asText()).isEqualTo("refused SKU-A");
        assertThat(first.get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aMalformedFilterIs400NamingIt() throws Exception {
        for (String[] bad : new String[][] {{"status=lost", "status"}, {"older_than=yesterday", "older_than"},
                {"newer_than=-5m", "newer_than"}, {"limit=0", "limit"}, {"limit=many", "limit"},
                {"older_than=999999999999d", "older_than"}, {"newer_than=36601d", "newer_than"},
                {"limit=18446744073709551617", "limit"}, {"limit=4294967297", "limit"}}) {
            HttpResponse<String> answer = hub.get("/v1/admin/dead-letters?" + bad[0], admin);

            assertThat(answer.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(hub.json(answer).get("error").asText()).isEqualTo("invalid_request");
            assertThat(hub.json(answer).get("message").asText()).as(bad[0]).startsWith(bad[1] + " must be");
            assertThat(hub.json(answer).path("parameter").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void showsOneLetterWholeWithSecretsRemoved() throws Exception {
        long id = new DeadLetterRepository(dataSource, SecretRedactor.forConfiguration(Map.of()))
                .record(new DeadLetterFailure("marketsync-deliver", "marketsync", "SKU-S", "direct:marketsync",
                        "http://target", "{\"sku\":\"SKU-S\",\"token\":\"abc123\"}",
                        Map.of("HubSink", "marketsync", "Authorization", "Bearer abc"), "java.io.IOException",
                        "refused", 1));

        HttpResponse<String> answer = hub.get("/v1/admin/dead-letters/" + id, admin);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode letter = hub.json(answer);
        assertThat(letter.get("id").asLong()).isEqualTo(id);
        assertThat(letter.get("endpoint_uri").asText()).isEqualTo("direct:marketsync");
        assertThat(letter.get("headers").get("HubSink").asText()).isEqualTo("marketsync");
        assertThat(letter.get("headers").has("Authorization")).isFalse();
        assertThat(letter.get("body").asText()).contains("SKU-S").doesNotContain("abc123");
        assertThat(hub.get("/v1/admin/dead-letters/999999", admin).statusCode()).isEqualTo(404);
        HttpResponse<String> notAnId = hub.get("/v1/admin/dead-letters/abc", admin);
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(hub.json(notAnId).get("message").asText()).startsWith("id must be");
        for (String wrapping : new String[] {"18446744073709551617", "9223372036854775808", "-1"}) {
            HttpResponse<String> tooBig = hub.get("/v1/admin/dead-letters/" + wrapping, admin);
            assertThat(tooBig.statusCode()).as(wrapping).isEqualTo(400);
            assertThat(hub.json(tooBig).path("parameter").asText()).as(wrapping).isEqualTo("id");
        }
    }

    @Test
    void replaysOneLetterOrAllOfASinkAndDiscards() throws Exception {
        long a = letter("marketsync", "marketsync-deliver", "SKU-1");
        long b = letter("marketsync", "marketsync-deliver", "SKU-2");
        long c = letter("erp", "erp-products", "SKU-3");
        long d = letter("erp", "erp-products", "SKU-4");

        HttpResponse<String> one = hub.post("/v1/admin/dead-letters/" + a + "/replay", admin, null);
        assertThat(one.statusCode()).isEqualTo(202);
        assertThat(hub.json(one).get("queued")).extracting(JsonNode::asLong).containsExactly(a);
        assertThat(status(a)).isEqualTo(DeadLetterStatus.REPLAY_REQUESTED);

        HttpResponse<String> ofSink = hub.post("/v1/admin/dead-letters/replay", admin, "{\"sink\":\"erp\"}");
        assertThat(ofSink.statusCode()).isEqualTo(202);
        assertThat(hub.json(ofSink).get("count").asInt()).isEqualTo(2);
        assertThat(status(c)).isEqualTo(DeadLetterStatus.REPLAY_REQUESTED);
        assertThat(status(b)).isEqualTo(DeadLetterStatus.PENDING);

        HttpResponse<String> discarded = hub.post("/v1/admin/dead-letters/" + b + "/discard", admin, null);
        assertThat(discarded.statusCode()).isEqualTo(200);
        assertThat(status(b)).isEqualTo(DeadLetterStatus.DISCARDED);
        HttpResponse<String> again = hub.post("/v1/admin/dead-letters/" + b + "/replay", admin, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(hub.json(again).get("message").asText()).contains("discarded");
        assertThat(hub.post("/v1/admin/dead-letters/999999/discard", admin, null).statusCode()).isEqualTo(404);
        assertThat(hub.post("/v1/admin/dead-letters/999999/replay", admin, null).statusCode()).isEqualTo(404);

        letters.markReplayed(d);
        HttpResponse<String> all = hub.post("/v1/admin/dead-letters/replay", admin, null);
        assertThat(hub.json(all).get("count").asInt()).as("only pending letters: none left").isZero();
        assertThat(hub.post("/v1/admin/dead-letters/replay", admin, "{\"sink\":").statusCode()).isEqualTo(400);
    }

    @Test
    void resyncResetsTheCheckpointAndQueuesTheMirrorAndTheStatusShowsIt() throws Exception {
        MirrorRepository mirror = hub.bean("mirrorRepository", MirrorRepository.class);
        CheckpointRepository checkpoints = hub.bean("checkpointRepository", CheckpointRepository.class);
        ChangeOutbox outbox = hub.bean("changeOutbox", ChangeOutbox.class);
        mirror.upsertPage("products", List.of(MirrorUpsert.of("1", "SKU-1", "{\"id\":1}"),
                MirrorUpsert.of("2", "SKU-2", "{\"id\":2}"), MirrorUpsert.of("3", "SKU-3", "{\"id\":3}")));
        checkpoints.openWindow("products", LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 1, 0),
                ZoneId.of("Europe/Madrid"));
        checkpoints.completeWindow("products");
        checkpoints.recordFailure("stock", "store answered 500 to https://shop/api?ws_key=0123456789ABCDEF0123456789ABCDEF");
        letter("marketsync", "marketsync-deliver", "SKU-9");
        long waitingBefore = outbox.pendingCount("products");

        HttpResponse<String> resync = hub.post("/v1/admin/resync", admin, "{\"entity\":\"products\"}");

        assertThat(resync.statusCode()).isEqualTo(202);
        assertThat(hub.json(resync).get("products_queued").asInt()).isEqualTo(3);
        assertThat(checkpoints.find("products")).isEmpty();
        assertThat(outbox.pendingCount("products")).isEqualTo(waitingBefore + 1);

        JsonNode status = hub.json(hub.get("/v1/admin/sync-status", admin));
        JsonNode products = flow(status, "products");
        assertThat(products.get("status").asText()).isEqualTo("never_run");
        assertThat(products.get("change_sets_waiting").asLong()).isEqualTo(waitingBefore + 1);
        JsonNode stock = flow(status, "stock");
        assertThat(stock.get("status").asText()).isEqualTo("failed");
        assertThat(stock.get("last_error").asText()).contains("store answered 500").doesNotContain("0123456789ABCDEF");
        assertThat(status.get("dead_letters").get("pending").asLong()).isEqualTo(1);
        assertThat(status.get("mirror").get("products").asLong()).isEqualTo(3);

        assertThat(hub.post("/v1/admin/resync", admin, "{\"entity\":\"invoices\"}").statusCode()).isEqualTo(400);
        assertThat(hub.post("/v1/admin/resync", admin, "[1]").statusCode()).isEqualTo(400);
        HttpResponse<String> stockResync = hub.post("/v1/admin/resync", admin, "{\"entity\":\"stock\"}");
        assertThat(hub.json(stockResync).get("stock").asBoolean()).isTrue();
        assertThat(hub.json(stockResync).get("products").asBoolean()).isFalse();
    }

    @Test
    void resyncOfOrdersForgetsOnlyTheOrdersCheckpoint() throws Exception {
        CheckpointRepository checkpoints = hub.bean("checkpointRepository", CheckpointRepository.class);
        for (String flow : List.of("orders", "customers")) {
            checkpoints.openWindow(flow, LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 1, 0),
                    ZoneId.of("Europe/Madrid"));
            checkpoints.completeWindow(flow);
        }

        HttpResponse<String> resync = hub.post("/v1/admin/resync", admin, "{\"entity\":\"orders\"}");

        assertThat(resync.statusCode()).isEqualTo(202);
        JsonNode answer = hub.json(resync);
        assertThat(answer.get("products").asBoolean()).isFalse();
        assertThat(answer.get("stock").asBoolean()).isFalse();
        assertThat(answer.get("checkpoints_reset")).extracting(JsonNode::asText).containsExactly("orders");
        assertThat(checkpoints.find("orders")).isEmpty();
        assertThat(checkpoints.find("customers")).isPresent();
    }

    @Test
    void syncStatusListsTheFlowsWithTheirLag() throws Exception {
        CheckpointRepository checkpoints = hub.bean("checkpointRepository", CheckpointRepository.class);
        checkpoints.openWindow("reconcile", LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 1, 0),
                ZoneId.of("Europe/Madrid"));
        checkpoints.completeWindow("reconcile");
        checkpoints.openWindow("reconcile", LocalDateTime.of(2026, 1, 1, 1, 0), LocalDateTime.of(2026, 1, 1, 2, 0),
                ZoneId.of("Europe/Madrid"));

        JsonNode reconcile = flow(hub.json(hub.get("/v1/admin/sync-status", admin)), "reconcile");

        assertThat(reconcile.get("synced_until").asText()).isEqualTo("2026-01-01T01:00:00");
        assertThat(reconcile.get("open_window").get("start").asText()).isEqualTo("2026-01-01T01:00:00");
        assertThat(reconcile.get("lag_seconds").asLong()).isBetween(0L, 60L);
        assertThat(reconcile.get("last_success_at").isNull()).isFalse();
    }

    @Test
    void everyAdminCallNeedsTheAdminScope() throws Exception {
        String reader = hub.token("reader");
        for (String path : List.of("/v1/admin/dead-letters", "/v1/admin/dead-letters/1", "/v1/admin/sync-status")) {
            assertThat(hub.get(path, reader).statusCode()).as(path).isEqualTo(403);
        }
        for (String path : List.of("/v1/admin/dead-letters/1/replay", "/v1/admin/dead-letters/replay",
                "/v1/admin/dead-letters/1/discard", "/v1/admin/resync", "/v1/admin/keys/rotate")) {
            assertThat(hub.post(path, reader, null).statusCode()).as(path).isEqualTo(403);
            assertThat(hub.post(path, null, null).statusCode()).as(path).isEqualTo(401);
        }
    }

    private static JsonNode flow(JsonNode status, String name) {
        for (JsonNode flow : status.get("flows")) {
            if (flow.get("flow").asText().equals(name)) {
                return flow;
            }
        }
        throw new AssertionError("no flow " + name + " in " + status);
    }

    private static DeadLetterStatus status(long id) {
        return letters.find(id).orElseThrow().status();
    }

    private List<Long> ids(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode list = hub.json(answer);
        assertThat(list.get("count").asInt()).isEqualTo(list.get("dead_letters").size());
        return java.util.stream.StreamSupport.stream(list.get("dead_letters").spliterator(), false)
                .map(letter -> letter.get("id").asLong()).toList();
    }
}

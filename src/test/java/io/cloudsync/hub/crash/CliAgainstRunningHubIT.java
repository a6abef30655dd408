package io.cloudsync.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dlq} and {@code resync}, run as separate processes against the database of a running hub. */
class CliAgainstRunningHubIT {

    private static final Pattern FIRST_ID = Pattern.compile("(?m)^(\\d+)\\s+pending");

    @TempDir
    Path dir;

    @Test
    void opsListShowReplayDiscardAndResyncWhileTheHubRuns() throws Exception {
        int storePort = HubProcesses.freePort();
        int marketSyncPort = HubProcesses.freePort();
        String db = "-Dhub.db.url=jdbc:h2:file:" + dir.resolve("data/hub");
        try (HubProcesses processes = new HubProcesses(dir)) {
            processes.start("sandbox", List.of("-Dhub.sandbox.store-port=" + storePort,
                    "-Dhub.sandbox.marketsync-port=" + marketSyncPort, "-Dhub.sandbox.products=300",
                    "-Dhub.sandbox.activity-per-minute=0", "-Dhub.sandbox.marketsync-rate-limit=0"), "sandbox");
            String marketSync = "http://127.0.0.1:" + marketSyncPort;
            await("the sandbox", () -> status(marketSync + "/_sandbox/stats") == 200);
            processes.start("hub", List.of("-Dhub.store.url=http://127.0.0.1:" + storePort,
                    "-Dhub.marketsync.url=" + marketSync, db, "-Dhub.poll.products=1s", "-Dhub.poll.first-delay=0",
                    "-Dhub.dlq.replay-period=1s", "-Dcamel.server.port=" + HubProcesses.freePort(),
                    "-Dcamel.management.port=" + HubProcesses.freePort()), "run");

            await("dead letters listed", () -> FIRST_ID.matcher(cli(processes, db, "dlq", "list")).find());
            String list = cli(processes, db, "dlq", "list", "--sink", "marketsync");
            assertThat(list).contains("marketsync-deliver").contains("store product").contains("dead letter(s)");
            Matcher first = FIRST_ID.matcher(list);
            assertThat(first.find()).isTrue();
            String id = first.group(1);

            String shown = cli(processes, db, "dlq", "show", id);
            assertThat(shown).contains("status         pending").contains("replays to     direct://marketsync")
                    .contains("\"storeIds\"").contains("error          io.cloudsync.hub.marketsync.sink.");

            int attempts = attempts(shown);
            assertThat(cli(processes, db, "dlq", "replay", id)).contains("queued for replay: [" + id + "]");
            await("the replay done by the hub, failing again", () -> {
                String again = cli(processes, db, "dlq", "show", id);
                return again.contains("status         pending") && attempts(again) > attempts
                        && !again.contains("replayed at    null");
            });

            assertThat(cli(processes, db, "dlq", "discard", id)).contains("discarded " + id);
            assertThat(cli(processes, db, "dlq", "show", id)).contains("status         discarded");
            assertThat(cli(processes, db, "dlq", "list", "--status", "discarded")).contains(id + " ");

            String resync = cli(processes, db, "resync", "products");
            assertThat(resync).containsPattern("checkpoint reset, \\d+ mirrored products queued");
            assertThat(cli(processes, db, "resync", "customers"))
                    .contains("customers: checkpoint reset, every record is read again");
            assertThat(cli(processes, db, "resync", "nonsense")).contains("unknown entity 'nonsense'");
            assertThat(cli(processes, db, "dlq", "show", "999999")).contains("no dead letter 999999");
        }
    }

    private static int attempts(String shown) {
        Matcher matcher = Pattern.compile("attempts +(\\d+)").matcher(shown);
        assertThat(matcher.find()).as(shown).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String cli(HubProcesses processes, String db, String... arguments) throws Exception {
        String name = "cli-" + System.nanoTime();
        Process process = processes.start(name, List.of(db), arguments);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return processes.logText(name);
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }

    private static void await(String what, Check check) {
        Awaitility.await(what).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(check::ok);
    }
}

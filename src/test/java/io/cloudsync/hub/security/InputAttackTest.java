package io.cloudsync.hub.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.api.ApiHarness;
import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.app.DemoCommand;
import io.cloudsync.hub.app.RunCommand;
import io.cloudsync.hub.check.ExposureCheck;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.sandbox.Sandbox;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.testing.Listeners;
import io.cloudsync.hub.testing.TestPorts;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, findings 3 (exposed listeners and published credentials), 9 (numbers that wrap), 10 (huge durations)
 * and 14 (secrets only through files or the command line), replayed against a hub started the way the demo binds
 * it, with one API client configured only through environment variables and a {@code _FILE}.
 */
@ExtendWith(Attacks.class)
class InputAttackTest {

    private static final String TWO_64_PLUS_40 = "18446744073709551656";
    private static final String TWO_64_PLUS_1741 = "18446744073709553357";
    private static final String TWO_63 = "9223372036854775808";
    private static final String ENV_CLIENT = "envclient";
    private static final String ENV_SECRET = "secret-only-in-a-file";

    @TempDir
    static Path dir;
    static ApiHarness hub;
    static HubProperties asked;

    @BeforeAll
    static void start() throws Exception {
        // The client's hash and scopes exist only in a fake environment: HUB_…_FILE and HUB_… variables.
        Path hashFile = dir.resolve("envclient.hash");
        Files.writeString(hashFile, new SecretHasher().hash(ENV_SECRET) + "\n");
        HubProperties fromEnvironment = HubProperties.load(dir.resolve("none.properties"), new Properties(), Map.of(
                "HUB_API_CLIENTS", "ops,reader,writer," + ENV_CLIENT,
                "HUB_API_CLIENT_ENVCLIENT_SECRET_HASH_FILE", hashFile.toString(),
                "HUB_API_CLIENT_ENVCLIENT_SCOPES", "read admin"));
        // What an operator asks of the demo: every interface. The demo binds loopback whatever it is asked.
        asked = DemoCommand.loopbackOnly(HubProperties.of(Map.of("camel.server.host", "0.0.0.0",
                "camel.management.host", "0.0.0.0", "hub.sandbox.host", "0.0.0.0",
                "camel.server.port", Integer.toString(TestPorts.free()),
                "camel.management.port", Integer.toString(TestPorts.free()))));
        Map<String, String> overrides = new HashMap<>();
        for (String key : List.of("hub.api.clients", "hub.api.client.envclient.secret-hash",
                "hub.api.client.envclient.scopes")) {
            overrides.put(key, fromEnvironment.get(key));
        }
        for (String key : List.of("camel.server.host", "camel.management.host", "camel.server.port",
                "camel.management.port")) {
            overrides.put(key, asked.get(key));
        }
        hub = ApiHarness.start(dir, overrides);
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void finding3PublishedCredentialsAreRefusedNextToARemoteStoreOrMarketSync() {
        String demoHash = new SecretHasher().hash(ExposureCheck.DEMO_SECRET);
        Map<String, String> real = Map.of("hub.store.api-key", "REALKEYREALKEYREALKEYREALKEY1234",
                "hub.marketsync.token", "real-token", "hub.marketsync.private-key", "real-private-key");
        Object[][] attempts = {
                {"sandbox store key against a remote store", "hub.store.api-key",
                        Map.of("hub.store.url", "https://shop.example.com",
                                "hub.store.api-key", StoreSandboxSettings.SANDBOX_KEY)},
                {"sandbox MarketSync token against a remote MarketSync", "hub.marketsync.token",
                        Map.of("hub.marketsync.url", "https://api.example.com",
                                "hub.marketsync.token", MarketSyncSandboxSettings.SANDBOX_TOKEN)},
                {"sandbox MarketSync private key against a remote MarketSync", "hub.marketsync.private-key",
                        Map.of("hub.marketsync.url", "https://api.example.com",
                                "hub.marketsync.private-key", MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY)},
                {"demo client (demo/demo-secret) with a remote store", "hub.api.client.demo.secret-hash",
                        Map.of("hub.store.url", "http://10.1.2.3:8091", "hub.api.clients", "demo",
                                "hub.api.client.demo.secret-hash", demoHash, "hub.api.client.demo.scopes", "read")},
                {"demo client (demo/demo-secret) with a remote MarketSync", "hub.api.client.demo.secret-hash",
                        Map.of("hub.marketsync.url", "https://api.example.com", "hub.api.clients", "demo",
                                "hub.api.client.demo.secret-hash", demoHash, "hub.api.client.demo.scopes", "read")}};
        for (Object[] attempt : attempts) {
            @SuppressWarnings("unchecked")
            HubProperties configuration = HubProperties.of(real).with((Map<String, String>) attempt[2]);
            String seen;
            boolean refused;
            try {
                RunCommand.refuseExposed(configuration);
                seen = "run would start";
                refused = false;
            } catch (ConfigException e) {
                seen = e.getMessage();
                refused = seen.startsWith("refusing to start: " + attempt[1]);
            }
            Attacks.refused("3", "run with " + attempt[0], refused, seen);
        }
    }

    @Test
    void finding3TheDemosListenersAreOnLoopbackOnly() throws Exception {
        for (String port : List.of("camel.server.port", "camel.management.port")) {
            List<InetAddress> listening = Listeners.on(asked.getInt(port));
            Attacks.refused("3", "reach the demo's " + port + " from another interface",
                    !listening.isEmpty() && listening.stream().allMatch(InetAddress::isLoopbackAddress),
                    "listening on " + Listeners.describe(listening));
        }
        HubProperties sandboxAsked = asked.with(Map.of(
                "hub.sandbox.store-port", Integer.toString(TestPorts.free()),
                "hub.sandbox.marketsync-port", Integer.toString(TestPorts.free()),
                "hub.sandbox.products", "10", "hub.sandbox.customers", "5", "hub.sandbox.orders", "5"));
        try (Sandbox sandbox = Sandbox.start(sandboxAsked)) {
            for (int port : new int[] {sandbox.store().port(), sandbox.marketSync().port()}) {
                List<InetAddress> listening = Listeners.on(port);
                Attacks.refused("3", "reach the demo sandbox's unauthenticated control API on port " + port
                                + " from another interface",
                        !listening.isEmpty() && listening.stream().allMatch(InetAddress::isLoopbackAddress),
                        "listening on " + Listeners.describe(listening));
            }
        }
    }

    @Test
    void finding9NumbersThatWouldWrapAreRefusedNamingTheField() throws Exception {
        String writer = hub.token("writer");
        String[][] items = {
                {"quantity " + TWO_64_PLUS_40 + " (written as 40 before)", "{\"id\":3,\"quantity\":" + TWO_64_PLUS_40
                        + "}", "quantity"},
                {"quantity 2^63", "{\"id\":3,\"quantity\":" + TWO_63 + "}", "quantity"},
                {"quantity 1e400", "{\"id\":3,\"quantity\":1e400}", "quantity"},
                {"combination_id 2^64+1741", "{\"id\":3,\"quantity\":1,\"combination_id\":" + TWO_64_PLUS_1741 + "}",
                        "combination_id"},
                {"id 2^64+1741 (product 1741 before)", "{\"id\":" + TWO_64_PLUS_1741 + ",\"price\":1}", "id"},
                {"id 2^64+1741 as text", "{\"id\":\"" + TWO_64_PLUS_1741 + "\",\"price\":1}", "id"},
                {"id -1", "{\"id\":-1,\"price\":1}", "id"},
                {"price 1e400", "{\"id\":3,\"price\":1e400}", "price"},
                {"version as a huge number", "{\"id\":3,\"version\":" + TWO_64_PLUS_40 + ",\"price\":1}", "version"}};
        for (String[] item : items) {
            HttpResponse<String> answer = hub.send(HttpRequest.newBuilder(URI.create(hub.url("/v1/sync/products")))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + writer)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"products\":[" + item[1] + "]}")));
            boolean refused;
            if (item[2].equals("version")) {
                // a number where the feed's version string belongs is a wrong type, answered on the item
                JsonNode result = answer.statusCode() == 200 ? hub.json(answer).path("results").path(0) : null;
                refused = result != null && result.path("status").asText().equals("invalid")
                        && result.path("message").asText().startsWith("version must be");
            } else {
                refused = answer.statusCode() == 400
                        && hub.json(answer).path("parameter").asText().equals("products[0]." + item[2])
                        && hub.json(answer).path("message").asText().startsWith(item[2] + " must be");
            }
            Attacks.refused("9", "PUT /v1/sync/products with " + item[0], refused,
                    answer.statusCode() + " " + answer.body());
        }
        String reader = hub.token("reader");
        String admin = hub.token("ops");
        String[][] parameters = {
                {"/v1/admin/dead-letters/" + TWO_64_PLUS_1741, "id", admin},
                {"/v1/admin/dead-letters/" + TWO_63, "id", admin},
                {"/v1/admin/dead-letters?limit=" + TWO_64_PLUS_40, "limit", admin},
                {"/v1/sync/products?limit=" + TWO_64_PLUS_40, "limit", reader},
                {"/v1/sync/products?limit=1e400", "limit", reader},
                {"/v1/reports/products/performance?limit=" + TWO_64_PLUS_40, "limit", reader},
                {"/v1/reports/products/performance?period_days=" + TWO_63, "period_days", reader},
                {"/v1/reports/products/performance?product_ids=" + TWO_64_PLUS_1741, "product_ids", reader},
                {"/v1/reports/customers/analytics?limit=-1", "limit", reader}};
        for (String[] parameter : parameters) {
            attackParameter("9", parameter[0], parameter[1], parameter[2]);
        }
    }

    @Test
    void finding10HugeDurationsAreA400NamingTheParameter() throws Exception {
        String admin = hub.token("ops");
        for (String query : new String[] {"older_than=999999999999d", "newer_than=999999999999d",
                "older_than=99999999999999999999s", "older_than=106751991167301d"}) {
            attackParameter("10", "/v1/admin/dead-letters?" + query, query.substring(0, query.indexOf('=')), admin);
        }
    }

    @Test
    void finding14AClientGivenOnlyThroughTheEnvironmentAndAFileWorks() throws Exception {
        HttpResponse<String> token = hub.tokenRequest(ENV_CLIENT, ENV_SECRET, null);
        boolean issued = token.statusCode() == 200;
        Attacks.refused("14", "rely on a client whose secret hash is only in HUB_…_SECRET_HASH_FILE", issued,
                token.statusCode() + " " + token.body());
        HttpResponse<String> admin = hub.get("/v1/admin/dead-letters",
                issued ? hub.json(token).path("access_token").asText() : "none");
        Attacks.refused("14", "rely on scopes given only in HUB_API_CLIENT_ENVCLIENT_SCOPES",
                admin.statusCode() == 200, admin.statusCode() + " " + admin.body());
        HttpResponse<String> wrong = hub.tokenRequest(ENV_CLIENT, "not-the-secret", null);
        Attacks.refused("14", "take a token for the environment's client with a wrong secret",
                wrong.statusCode() == 401, wrong.statusCode() + " " + wrong.body());
    }

    private static void attackParameter(String finding, String path, String parameter, String token)
            throws Exception {
        HttpResponse<String> answer = hub.get(path, token);
        boolean refused = answer.statusCode() == 400
                && parameter.equals(hub.json(answer).path("parameter").asText());
        Attacks.refused(finding, "GET " + path, refused, answer.statusCode() + " " + answer.body());
    }
}

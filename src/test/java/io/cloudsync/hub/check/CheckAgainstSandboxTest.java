package io.cloudsync.hub.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.app.CheckCommand;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.sandbox.Sandbox;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} against the running simulators: it passes, and names the cause of each failure it reports. */
class CheckAgainstSandboxTest {

    private static Sandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0).withProducts(10)
                        .withActivityPerMinute(0).withCustomersAndOrders(5, 5),
                MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void restoreShop() {
        sandbox.store().shop().setPhpCgiMode(false);
        sandbox.store().shop().setConfiguration("PS_TIMEZONE", "Europe/Madrid");
    }

    @Test
    void everyPartPassesAgainstTheSandbox() throws Exception {
        List<CheckResult> results = check(Map.of());

        assertThat(results).extracting(CheckResult::subject).containsExactly("configuration", "route files",
                "database " + dbUrl(), "store " + sandbox.store().url(), "MarketSync " + sandbox.marketSync().url(),
                "mapping mapping/marketsync-mapping.yaml", "Tryton mapping mapping/erp-tryton-mapping.yaml");
        assertThat(results).allSatisfy(result -> assertThat(result.ok()).as(result.toString()).isTrue());
        assertThat(results.get(3).notes()).contains("key accepted", "PS_TIMEZONE Europe/Madrid");
        assertThat(results.get(5).notes()).contains("every name it uses exists in MarketSync's catalogues");
    }

    @Test
    void aWrongStoreKeyIsNamed() throws Exception {
        CheckResult store = check(Map.of("hub.store.api-key", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")).get(3);

        assertThat(store.ok()).isFalse();
        assertThat(store.problems()).singleElement().asString().contains("rejected the webservice key")
                .doesNotContain("ZZZZZZZZ");
    }

    @Test
    void aServerThatDropsTheAuthorizationHeaderIsToldFromAWrongKey() throws Exception {
        sandbox.store().shop().setPhpCgiMode(true);

        CheckResult store = check(Map.of()).get(3);

        assertThat(store.problems()).singleElement().asString().contains("drops the Authorization header")
                .contains("CGIPassAuth On");
    }

    @Test
    void aShopWithoutItsTimeZoneIsNamed() throws Exception {
        sandbox.store().shop().removeConfiguration("PS_TIMEZONE");

        assertThat(check(Map.of()).get(3).problems()).singleElement().asString().contains("PS_TIMEZONE");
    }

    @Test
    void aTimeZoneJavaDoesNotKnowIsNamed() throws Exception {
        sandbox.store().shop().setConfiguration("PS_TIMEZONE", "Europe/Atlantis");

        assertThat(check(Map.of()).get(3).problems()).singleElement().asString()
                .contains("'Europe/Atlantis' is not a time zone");
    }

    @Test
    void aLanguageTheShopLacksIsNamedWithTheOnesItHas() throws Exception {
        assertThat(check(Map.of("hub.store.language", "fr")).get(3).problems()).singleElement().asString()
                .contains("'fr'").contains("es=1").contains("en=2");
    }

    @Test
    void anUnreachableStoreIsNamed() throws Exception {
        assertThat(check(Map.of("hub.store.url", "http://127.0.0.1:" + closedPort())).get(3).problems())
                .singleElement().asString().contains("cannot reach the store").contains("connection refused");
    }

    @Test
    void aWrongMarketSyncKeyPairIsNamedWithoutTheKey() throws Exception {
        CheckResult wrongKey = check(Map.of("hub.marketsync.private-key", "not-the-private-key")).get(4);
        CheckResult wrongToken = check(Map.of("hub.marketsync.token", "not-the-token")).get(4);

        assertThat(wrongKey.problems()).singleElement().asString().contains("rejected the request signature")
                .contains("hub.marketsync.private-key").doesNotContain("not-the-private-key");
        assertThat(wrongToken.problems()).singleElement().asString().contains("rejected the request signature");
    }

    @Test
    void anUnreachableMarketSyncIsNamed() throws Exception {
        assertThat(check(Map.of("hub.marketsync.url", "http://127.0.0.1:" + closedPort())).get(4).problems())
                .singleElement().asString().contains("cannot reach MarketSync");
    }

    @Test
    void aMappingThatNamesWhatMarketSyncLacksIsNamed() throws Exception {
        Path mapping = dir.resolve("mapping.yaml");
        java.nio.file.Files.writeString(mapping, "categories:\n  4: 999999\ncolours:\n  Rojo: CARMESI\n");

        CheckResult result = check(Map.of("hub.marketsync.mapping-file", mapping.toString())).get(5);

        assertThat(result.ok()).isFalse();
        assertThat(String.join("\n", result.problems())).contains("999999").contains("CARMESI");
    }

    private List<CheckResult> check(Map<String, String> overrides) throws Exception {
        Map<String, String> keys = new HashMap<>(Map.of("hub.store.url", sandbox.store().url(),
                "hub.marketsync.url", sandbox.marketSync().url(), "hub.db.url", dbUrl()));
        keys.putAll(overrides);
        return CheckCommand.run(HubProperties.of(keys), Path.of("routes"), false);
    }

    private String dbUrl() {
        return "jdbc:h2:file:" + dir.resolve("hub");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

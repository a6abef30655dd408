package io.cloudsync.hub.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code run} refuses published credentials next to a store or MarketSync that is not on this machine. */
class RunCommandTest {

    private static final Map<String, String> REAL = Map.of("hub.store.api-key", "REALKEYREALKEYREALKEYREALKEY1234",
            "hub.marketsync.token", "real-token", "hub.marketsync.private-key", "real-private-key");

    @Test
    void eachUnsafeCombinationIsRefusedNamingTheKeyToChange() {
        String demoHash = new SecretHasher().hash(DemoCommand.DEMO_SECRET);
        Object[][] unsafe = {
                {Map.of("hub.store.url", "https://shop.example.com",
                        "hub.store.api-key", StoreSandboxSettings.SANDBOX_KEY), "hub.store.api-key"},
                {Map.of("hub.marketsync.url", "https://api.example.com",
                        "hub.marketsync.token", MarketSyncSandboxSettings.SANDBOX_TOKEN), "hub.marketsync.token"},
                {Map.of("hub.marketsync.url", "https://api.example.com",
                        "hub.marketsync.private-key", MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY),
                        "hub.marketsync.private-key"},
                {Map.of("hub.store.url", "https://shop.example.com", "hub.api.clients", "demo",
                        "hub.api.client.demo.secret-hash", demoHash, "hub.api.client.demo.scopes", "read"),
                        "hub.api.client.demo.secret-hash"},
                {Map.of("hub.marketsync.url", "https://api.example.com", "hub.api.clients", "demo",
                        "hub.api.client.demo.secret-hash", demoHash, "hub.api.client.demo.scopes", "read"),
                        "hub.api.client.demo.secret-hash"}};
        for (Object[] attempt : unsafe) {
            @SuppressWarnings("unchecked")
            HubProperties properties = HubProperties.of(REAL).with((Map<String, String>) attempt[0]);

            assertThatThrownBy(() -> RunCommand.refuseExposed(properties)).as(attempt[1].toString())
                    .isInstanceOf(ConfigException.class).hasMessageStartingWith("refusing to start: " + attempt[1]);
        }
    }

    @Test
    void realCredentialsOrASandboxOnLoopbackStart() {
        assertThatCode(() -> RunCommand.refuseExposed(HubProperties.of(Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> RunCommand.refuseExposed(HubProperties.of(REAL).with(Map.of(
                "hub.store.url", "https://shop.example.com", "hub.marketsync.url", "https://api.example.com"))))
                .doesNotThrowAnyException();
    }
}

package io.cloudsync.hub.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.config.HubProperties;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sandbox's published keys and the demo client stay on this machine. */
class ExposureCheckTest {

    private static final SecretHasher HASHER = new SecretHasher();
    private static final String DEMO_HASH = HASHER.hash(ExposureCheck.DEMO_SECRET);
    private final ExposureCheck check = new ExposureCheck(HASHER);

    private static Map<String, String> configuration(Map<String, String> keys) {
        Map<String, String> values = new HashMap<>(HubProperties.of(Map.of()).asMap());
        values.putAll(keys);
        return values;
    }

    @Test
    void theCredentialsItRefusesAreTheSandboxesOwn() {
        assertThat(ExposureCheck.SANDBOX_STORE_KEY)
                .isEqualTo(io.cloudsync.hub.sandbox.store.StoreSandboxSettings.SANDBOX_KEY);
        assertThat(ExposureCheck.SANDBOX_MARKETSYNC_TOKEN)
                .isEqualTo(io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings.SANDBOX_TOKEN);
        assertThat(ExposureCheck.SANDBOX_MARKETSYNC_PRIVATE_KEY)
                .isEqualTo(io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings.SANDBOX_PRIVATE_KEY);
    }

    @Test
    void loopbackIsLocalhostThe127NetworkAndIpv6One() {
        for (String url : new String[] {"http://localhost:8091", "http://LOCALHOST", "http://127.0.0.1:1",
                "https://127.8.9.10/shop", "http://[::1]:8092", "http://[0:0:0:0:0:0:0:1]/"}) {
            assertThat(ExposureCheck.onLoopback(url)).as(url).isTrue();
        }
        for (String url : new String[] {"https://shop.example.com", "http://10.0.0.5", "http://0.0.0.0:8091",
                "http://localhost.example.com", "http://128.0.0.1", "http://[::2]", "not a url", ""}) {
            assertThat(ExposureCheck.onLoopback(url)).as(url).isFalse();
        }
    }

    @Test
    void theShippedDefaultsAndTheDemoAreSafe() {
        assertThat(check.problems(configuration(Map.of()))).isEmpty();
        assertThat(check.problems(configuration(Map.of("hub.api.clients", "demo",
                "hub.api.client.demo.secret-hash", DEMO_HASH, "hub.api.client.demo.scopes", "read")))).isEmpty();
    }

    @Test
    void theSandboxStoreKeyIsRefusedForARemoteStore() {
        assertThat(check.problems(configuration(Map.of("hub.store.url", "https://shop.example.com"))))
                .singleElement().asString().startsWith("hub.store.api-key is the sandbox's webservice key")
                .contains("hub.store.url");
    }

    @Test
    void theSandboxTokenAndPrivateKeyAreRefusedForARemoteMarketSync() {
        assertThat(check.problems(configuration(Map.of("hub.marketsync.url", "https://api.marketsync.example"))))
                .satisfiesExactly(
                        token -> assertThat(token).startsWith("hub.marketsync.token is the sandbox's token"),
                        key -> assertThat(key).startsWith("hub.marketsync.private-key is the sandbox's private key"));
    }

    @Test
    void theDemoClientIsRefusedWhenEitherEndIsRemote() {
        Map<String, String> real = Map.of("hub.store.api-key", "REALKEYREALKEYREALKEYREALKEY1234",
                "hub.marketsync.token", "real-token", "hub.marketsync.private-key", "real-private-key",
                "hub.api.clients", "erp, demo", "hub.api.client.erp.secret-hash", HASHER.hash("erp-secret"),
                "hub.api.client.erp.scopes", "read", "hub.api.client.demo.secret-hash", DEMO_HASH,
                "hub.api.client.demo.scopes", "read write admin");
        for (String url : new String[] {"hub.store.url", "hub.marketsync.url"}) {
            Map<String, String> keys = new HashMap<>(real);
            keys.put(url, "https://remote.example.com");

            assertThat(check.problems(configuration(keys))).as(url).singleElement().asString()
                    .startsWith("hub.api.client.demo.secret-hash is the hash of the demo's published secret")
                    .contains(url);
        }
        assertThat(check.problems(configuration(real))).isEmpty();
    }

    @Test
    void configCheckFailsOnTheSameProblems() {
        HubProperties properties = HubProperties.of(Map.of("hub.store.url", "https://shop.example.com"));

        CheckResult result = new ConfigCheck(HubProperties.knownKeys()).check(properties, properties.userKeys());

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.startsWith("hub.store.api-key is the sandbox's"));
    }
}

package io.cloudsync.hub.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.app.Simulators;
import io.cloudsync.hub.config.HubProperties;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@code demo} and {@code sandbox} get through ServiceLoader: these simulators, their keys known to the hub
 * with their defaults, and the credentials the product's defaults already carry (DESIGN §2).
 */
class SandboxSimulatorsTest {

    @Test
    void theSimulatorsAreFoundThroughServiceLoader() {
        assertThat(Simulators.installed()).get().isInstanceOf(SandboxSimulators.class);
    }

    @Test
    void theirKeysAreKnownWithTheirDefaults() {
        assertThat(HubProperties.knownKeys()).contains("hub.sandbox.store-port", "hub.sandbox.products",
                "hub.sandbox.marketsync-orders-per-minute");
        HubProperties defaults = HubProperties.of(Map.of());
        assertThat(defaults.get("hub.sandbox.store-port")).isEqualTo("8091");
        assertThat(defaults.get("hub.sandbox.marketsync-port")).isEqualTo("8092");
        assertThat(defaults.get("hub.sandbox.products")).isEqualTo("2000");
    }

    @Test
    void startedTheyAnswerWithTheCredentialsTheProductDefaultsTo() {
        HubProperties properties = HubProperties.of(Map.of("hub.sandbox.store-port", "0",
                "hub.sandbox.marketsync-port", "0", "hub.sandbox.products", "10", "hub.sandbox.customers", "2",
                "hub.sandbox.orders", "2", "hub.sandbox.activity-per-minute", "0",
                "hub.sandbox.marketsync-orders-per-minute", "0"));
        try (Simulators.Running running = new SandboxSimulators().start(properties)) {
            assertThat(URI.create(running.storeUrl()).getPort()).isPositive();
            assertThat(URI.create(running.marketSyncUrl()).getPort()).isPositive();
            assertThat(running.storeApiKey()).isEqualTo(properties.get("hub.store.api-key"));
            assertThat(running.marketSyncToken()).isEqualTo(properties.get("hub.marketsync.token"));
            assertThat(running.marketSyncPrivateKey()).isEqualTo(properties.get("hub.marketsync.private-key"));
            assertThat(running.toString()).doesNotContain(running.marketSyncPrivateKey());
        }
    }
}

package io.cloudsync.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.testing.Listeners;
import io.cloudsync.hub.testing.TestPorts;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo publishes its client's secret and runs unauthenticated sandbox APIs: everything on 127.0.0.1. */
class DemoListenersTest {

    @TempDir
    Path dir;

    /**
     * The demo's pieces as {@code demo} starts them, in this JVM, with a configuration that asks for every
     * interface: the API, the management port and both simulators still listen on loopback only.
     */
    @Test
    void theDemoListensOnLoopbackWhateverTheConfigurationSays() throws Exception {
        HubProperties asked = HubProperties.of(Map.ofEntries(
                Map.entry("camel.server.host", "0.0.0.0"), Map.entry("camel.management.host", "0.0.0.0"),
                Map.entry("hub.sandbox.host", "0.0.0.0"),
                Map.entry("camel.server.port", Integer.toString(TestPorts.free())),
                Map.entry("camel.management.port", Integer.toString(TestPorts.free())),
                Map.entry("hub.sandbox.store-port", Integer.toString(TestPorts.free())),
                Map.entry("hub.sandbox.marketsync-port", Integer.toString(TestPorts.free())),
                Map.entry("hub.sandbox.products", "10"), Map.entry("hub.sandbox.customers", "5"),
                Map.entry("hub.sandbox.orders", "5"), Map.entry("hub.poll.first-delay", "1h"),
                Map.entry("hub.poll.reconcile", "6h"), Map.entry("hub.progress.period", "1h")));
        HubProperties base = DemoCommand.loopbackOnly(asked);
        try (Simulators.Running sandbox = Simulators.installed().orElseThrow().start(base)) {
            HubProperties demo = DemoCommand.demoProperties(base, sandbox)
                    .with(Map.of("hub.db.url", "jdbc:h2:file:" + dir.resolve("demo")));
            try (HubRuntime runtime = new HubRuntime(demo)) {
                runtime.start();

                for (String port : List.of("camel.server.port", "camel.management.port", "hub.sandbox.store-port",
                        "hub.sandbox.marketsync-port")) {
                    List<InetAddress> listening = Listeners.on(demo.getInt(port));
                    assertThat(listening).as(port + " " + Listeners.describe(listening)).isNotEmpty()
                            .allMatch(InetAddress::isLoopbackAddress);
                }
                assertThat(demo.get("hub.store.url")).startsWith("http://127.0.0.1:");
                assertThat(demo.get("hub.marketsync.url")).startsWith("http://127.0.0.1:");
            }
        }
    }

    @Test
    void theDemoSellsOnTheMarketplacesAtAVisibleRateUnlessTheUserSetOne() {
        HubProperties defaults = DemoCommand.demoPace(HubProperties.of(Map.of()));
        assertThat(defaults.getInt("hub.sandbox.marketsync-orders-per-minute"))
                .isGreaterThan(HubProperties.of(Map.of()).getInt("hub.sandbox.marketsync-orders-per-minute"));
        assertThat(defaults.getDuration("hub.poll.marketplace-orders")).isLessThanOrEqualTo(
                java.time.Duration.ofSeconds(10));

        HubProperties quiet = DemoCommand.demoPace(HubProperties.of(Map.of(
                "hub.sandbox.marketsync-orders-per-minute", "0")));
        assertThat(quiet.getInt("hub.sandbox.marketsync-orders-per-minute")).isZero();
        assertThat(quiet.getDuration("hub.poll.marketplace-orders")).isLessThanOrEqualTo(
                java.time.Duration.ofSeconds(10));
    }

    @Test
    void theManagementPortIsOnLoopbackByDefaultAndTheApiOnEveryInterface() {
        HubProperties defaults = HubProperties.of(Map.of());

        assertThat(defaults.get("camel.management.host")).isEqualTo("127.0.0.1");
        assertThat(defaults.get("camel.server.host")).isEqualTo("0.0.0.0");
        assertThat(defaults.get("hub.sandbox.host")).isEqualTo("127.0.0.1");
    }
}

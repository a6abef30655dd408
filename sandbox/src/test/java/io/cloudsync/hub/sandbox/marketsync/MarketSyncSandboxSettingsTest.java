package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketSyncSandboxSettingsTest {

    @Test
    void theHubsDefaultsGiveTheSandboxPairAndTheDocumentedBehaviour() {
        MarketSyncSandboxSettings settings = MarketSyncSandboxSettings.from(HubProperties.of(Map.of()));

        assertThat(settings.port()).isEqualTo(8092);
        assertThat(settings.token()).isEqualTo("sandbox-token");
        assertThat(settings.privateKey()).isEqualTo("sandbox-private-key");
        assertThat(settings.seed()).isEqualTo(42);
        assertThat(settings.publishDelay()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.rateLimitPerSecond()).isEqualTo(200);
        assertThat(settings.ordersPerMinute()).isEqualTo(2);
    }

    @Test
    void publishDelayTakesCamelDurations() {
        HubProperties properties = HubProperties.of(Map.of("hub.sandbox.publish-delay", "1m30s",
                "hub.sandbox.marketsync-port", "0"));

        assertThat(MarketSyncSandboxSettings.from(properties).publishDelay()).isEqualTo(Duration.ofSeconds(90));
        assertThat(MarketSyncSandboxSettings.from(properties.with(Map.of("hub.sandbox.publish-delay", "250")))
                .publishDelay()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aBadDurationNamesTheKey() {
        HubProperties properties = HubProperties.of(Map.of("hub.sandbox.publish-delay", "soon"));

        assertThatThrownBy(() -> MarketSyncSandboxSettings.from(properties)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("hub.sandbox.publish-delay");
    }

    @Test
    void thePrivateKeyIsNeverPrinted() {
        MarketSyncSandboxSettings settings = MarketSyncSandboxSettings.of(0, 1, Duration.ZERO, 0, 0);

        assertThat(settings.toString()).doesNotContain("sandbox-private-key").contains("privateKey=***");
    }
}

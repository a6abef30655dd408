package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpServerLimitsTest {

    @Test
    void defaultsBoundEveryConnection() {
        HttpServerLimits limits = HttpServerLimits.from(HubProperties.of(Map.of()));

        assertThat(limits.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(limits.bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(limits.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(limits.maxConnections()).isEqualTo(256);
    }

    @Test
    void zeroTimeoutsAndCapsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> HttpServerLimits.from(HubProperties.of(Map.of("hub.api.header-timeout", "0s"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hub.api.header-timeout");
        assertThatThrownBy(() -> HttpServerLimits.from(HubProperties.of(Map.of("hub.api.max-connections", "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("hub.api.max-connections");
    }
}

package io.cloudsync.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void camelDurationsAreRead() {
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("1500")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse(" 2d ")).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"", "soon", "5 minutes", "m5", "5x"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFormsTheConfigurationUsesAreRead() {
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("1h30m10s")).isEqualTo(Duration.ofSeconds(5410));
        assertThat(Durations.parse("36600d")).isEqualTo(Durations.MAX);
    }

    @Test
    void hugeDurationsAreRefusedNotWrapped() {
        for (String huge : new String[] {"999999999999d", "36601d", "9223372036854775807", "99999999999999999999s",
                "106751991167301d", "36600d1ms", "00000000000000000000000001d"}) {
            if (huge.startsWith("0000")) {
                assertThat(Durations.parse(huge)).isEqualTo(Duration.ofDays(1));
                continue;
            }
            assertThatThrownBy(() -> Durations.parse(huge)).as(huge).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("longer than");
        }
    }
}

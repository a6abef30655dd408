package io.cloudsync.hub.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShopClockTest {

    private static final Instant T = Instant.parse("2024-11-03T06:30:00Z");

    @Test
    void aFrozenClockMovesOnlyWhenTold() {
        ShopClock clock = new ShopClock(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), T, true);

        clock.advance(Duration.ofMinutes(90));

        assertThat(clock.now()).isEqualTo(T.plusSeconds(5400));
        assertThat(clock.frozen()).isTrue();
    }

    @Test
    void aRunningClockKeepsItsOffsetFromTheSystemClock() {
        Instant system = Instant.parse("2030-01-01T00:00:00Z");
        ShopClock clock = new ShopClock(Clock.fixed(system, ZoneOffset.UTC), T, false);
        clock.advance(Duration.ofSeconds(10));
        clock.freeze();
        clock.unfreeze();

        assertThat(clock.now()).isEqualTo(T.plusSeconds(10));
    }

    @Test
    void wallClockTimesFormatLikeMysqlAndParseItsDateForms() {
        long wall = ShopTime.of(T, ZoneId.of("America/Chicago"));

        assertThat(ShopTime.format(wall)).isEqualTo("2024-11-03 01:30:00");
        assertThat(ShopTime.format(ShopTime.ZERO)).isEqualTo("0000-00-00 00:00:00");
        assertThat(ShopTime.parse("2024-11-03")).isEqualTo(ShopTime.parse("2024-11-03 00:00:00"));
        assertThat(ShopTime.parse("0000-00-00 00:00:00")).isEqualTo(ShopTime.ZERO);
    }
}

package io.cloudsync.hub.marketsync.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MarketSyncTimeTest {

    @Test
    void instantsAreWrittenAndReadAsMexicoCityWallClockTime() {
        Instant instant = Instant.parse("2026-12-07T08:54:31.900Z");

        assertThat(MarketSyncTime.text(instant)).isEqualTo("2026-12-07T02:54:31");
        assertThat(MarketSyncTime.instant("2026-12-07 02:54:31")).isEqualTo(Instant.parse("2026-12-07T08:54:31Z"));
        assertThat(MarketSyncTime.instant("2026-12-07T02:54:31")).isEqualTo(Instant.parse("2026-12-07T08:54:31Z"));
    }

    @Test
    void aWallClockTimeADaylightSavingChangeRepeatedIsAmbiguous() {
        // Mexico City fell back from 02:00 CDT to 01:00 CST on 2022-10-30 (its last change)
        Instant firstOne = Instant.parse("2022-10-30T06:30:00Z");
        Instant secondOne = Instant.parse("2022-10-30T07:30:00Z");

        assertThat(MarketSyncTime.text(firstOne)).isEqualTo(MarketSyncTime.text(secondOne));
        assertThat(MarketSyncTime.unambiguous(firstOne)).isFalse();
        assertThat(MarketSyncTime.instant("2022-10-30 01:30:00")).isEqualTo(firstOne);
        assertThat(MarketSyncTime.unambiguous(Instant.parse("2026-12-07T08:54:31Z"))).isTrue();
    }
}

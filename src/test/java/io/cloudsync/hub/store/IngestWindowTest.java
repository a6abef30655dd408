package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IngestWindowTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Duration LOOKBACK = Duration.ofMinutes(5);

    @Test
    void aFirstRunReadsEverythingUpToTheShopsNowInItsZone() {
        IngestWindow window = IngestWindow.next(null, Instant.parse("2026-06-01T15:30:12.734Z"), CHICAGO, LOOKBACK);

        assertThat(window.start()).isEqualTo(IngestWindow.BEGINNING);
        assertThat(window.end()).isEqualTo(LocalDateTime.parse("2026-06-01T10:30:12"));
    }

    @Test
    void aLaterRunStartsALookbackBeforeTheCheckpoint() {
        IngestWindow window = IngestWindow.next(LocalDateTime.parse("2026-06-01T10:30:12"),
                Instant.parse("2026-06-01T15:31:12Z"), CHICAGO, LOOKBACK);

        assertThat(window.start()).isEqualTo(LocalDateTime.parse("2026-06-01T10:25:12"));
        assertThat(window.end()).isEqualTo(LocalDateTime.parse("2026-06-01T10:31:12"));
    }

    @Test
    void aFallBackBetweenCheckpointAndNowStretchesTheStartToTheRepeatedHour() {
        // 2026-11-01 02:00 CDT becomes 01:00 CST: the shop writes 01:00-01:59 twice
        LocalDateTime checkpoint = LocalDateTime.parse("2026-11-01T01:50:00"); // first pass (CDT)
        Instant now = Instant.parse("2026-11-01T07:20:00Z"); // 01:20 CST, second pass

        IngestWindow window = IngestWindow.next(checkpoint, now, CHICAGO, LOOKBACK);

        assertThat(window.start()).isEqualTo(LocalDateTime.parse("2026-11-01T01:00:00"));
        assertThat(window.end()).isEqualTo(LocalDateTime.parse("2026-11-01T01:20:00"));
    }

    @Test
    void aWindowWhoseEndFallsBackBeforeTheCheckpointIsNotInverted() {
        LocalDateTime checkpoint = LocalDateTime.parse("2026-11-01T01:58:00");
        Instant now = Instant.parse("2026-11-01T07:00:30Z"); // 01:00:30 CST

        IngestWindow window = IngestWindow.next(checkpoint, now, CHICAGO, LOOKBACK);

        assertThat(window.start()).isEqualTo(LocalDateTime.parse("2026-11-01T01:00:00"));
        assertThat(window.end()).isEqualTo(LocalDateTime.parse("2026-11-01T01:00:30"));
    }

    @Test
    void aSpringForwardNeedsNoStretch() {
        // 2026-03-08 02:00 CST jumps to 03:00 CDT
        IngestWindow window = IngestWindow.next(LocalDateTime.parse("2026-03-08T01:58:00"),
                Instant.parse("2026-03-08T08:01:00Z"), CHICAGO, LOOKBACK);

        assertThat(window.start()).isEqualTo(LocalDateTime.parse("2026-03-08T01:53:00"));
        assertThat(window.end()).isEqualTo(LocalDateTime.parse("2026-03-08T03:01:00"));
    }

    @Test
    void aFallBackLongBeforeTheCheckpointIsIgnored() {
        IngestWindow window = IngestWindow.next(LocalDateTime.parse("2026-11-02T10:00:00"),
                Instant.parse("2026-11-02T16:05:00Z"), CHICAGO, LOOKBACK);

        assertThat(window.start()).isEqualTo(LocalDateTime.parse("2026-11-02T09:55:00"));
    }
}

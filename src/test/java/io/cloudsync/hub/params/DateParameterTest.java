package io.cloudsync.hub.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DateParameterTest {

    private static DateParameter parse(String text) {
        return DateParameter.parse("since", text, "UTC");
    }

    @Test
    void readsADayALocalDateTimeAndAnInstant() {
        assertThat(parse("2026-12-07")).isEqualTo(new DateParameter(LocalDate.of(2026, 12, 7), null, null));
        assertThat(parse("2026-12-07T10:15:00")).isEqualTo(
                new DateParameter(null, LocalDateTime.of(2026, 12, 7, 10, 15), null));
        assertThat(parse(" 2026-12-07 10:15:00.5 ").local()).isEqualTo(LocalDateTime.of(2026, 12, 7, 10, 15, 0, 500_000_000));
        assertThat(parse("2026-12-07T10:15:00.000001Z").instant()).isEqualTo(Instant.parse("2026-12-07T10:15:00.000001Z"));
        assertThat(parse("2026-12-07T10:15:00z").instant()).isEqualTo(Instant.parse("2026-12-07T10:15:00Z"));
        assertThat(parse("2026-12-07T11:15:00+01:00").instant()).isEqualTo(Instant.parse("2026-12-07T10:15:00Z"));
        assertThat(parse("2026-12-07T11:15:00 01:00").instant()).as("'+' sent unencoded")
                .isEqualTo(Instant.parse("2026-12-07T10:15:00Z"));
    }

    @Test
    void readsWhatJavaScriptsDateToStringWrites() {
        assertThat(parse("Mon Dec 07 2026 10:15:00 GMT+0100 (Central European Standard Time)").instant())
                .isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(parse("Mon Dec 07 2026 10:15:00 GMT+0100").instant()).isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(parse("Mon Dec 07 2026 10:15:00 GMT 0100 (CET)").instant()).isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(parse("Mon Dec 07 2026 04:15:00 GMT-0500 (Eastern Standard Time)").instant())
                .isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(parse("Mon Dec 07 2026 09:15:00 GMT+0000 (Coordinated Universal Time)").instant())
                .isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"Invalid Date", "Mon Foo 07 2026 10:15:00 GMT+0100", "Mon Feb 30 2026 10:15:00 GMT+0100",
                "yesterday", "1733562900", "2026-12-7", "2026-12-07T25:00:00", ""}) {
            assertThatThrownBy(() -> parse(bad)).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                assertThat(e.parameter()).isEqualTo("since");
                assertThat(e.getMessage()).startsWith("since must be a date (2024-05-31)").contains("in UTC")
                        .contains("JavaScript Date").endsWith("got '" + bad + "'");
            });
        }
    }
}

package io.cloudsync.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GroupByTest {

    @Test
    void periodsCoverTheRangeNamedByTheirFirstDay() {
        LocalDate sunday = LocalDate.parse("2024-12-29");
        LocalDate thursday = LocalDate.parse("2025-01-02");

        assertThat(GroupBy.DAY.periods(sunday, thursday)).hasSize(5);
        // ISO week 1 of 2025 starts on Monday 30 December 2024
        assertThat(GroupBy.WEEK.periods(sunday, thursday)).extracting(LocalDate::toString)
                .containsExactly("2024-12-23", "2024-12-30");
        assertThat(GroupBy.MONTH.periods(sunday, thursday)).extracting(LocalDate::toString)
                .containsExactly("2024-12-01", "2025-01-01");
        assertThat(GroupBy.MONTH.periodOf(LocalDate.parse("2024-02-29"))).isEqualTo(LocalDate.parse("2024-02-01"));
    }
}

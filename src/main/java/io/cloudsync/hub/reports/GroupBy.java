package io.cloudsync.hub.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How sales are grouped: shop-local calendar days (23 or 25 hours long on daylight-saving days: a day is a
 * date, not 24 hours), ISO weeks (Monday to Sunday) or calendar months. A period is named by its first day.
 */
public enum GroupBy {
    DAY,
    WEEK,
    MONTH;

    /** The first day of the period holding {@code date}: itself, its week's Monday, or its month's 1st. */
    public LocalDate periodOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
        };
    }

    /** Every period that holds a day of {@code from..to}, in order, by first day. */
    public List<LocalDate> periods(LocalDate from, LocalDate to) {
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate period = periodOf(from); !period.isAfter(to); period = next(period)) {
            periods.add(period);
        }
        return periods;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupBy of(String parameter) {
        return valueOf(parameter.toUpperCase(Locale.ROOT));
    }
}

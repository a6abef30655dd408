package io.cloudsync.hub.reports;

import io.cloudsync.hub.params.DateParameter;
import io.cloudsync.hub.params.InvalidParameterException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The span of a report, both ends included, read from {@code start_date} and {@code end_date} the way a client
 * sends them: a date ({@code 2024-05-31}: the whole shop-local day), a date-time without offset
 * ({@code 2024-05-31T18:00:00}, as Python's {@code datetime.isoformat()} writes it: shop-local wall-clock time) or
 * with one ({@code …Z}, {@code …+02:00}) or a JavaScript {@code Date} string: that instant ({@link DateParameter}). It is kept as instants, which is what orders are
 * filtered on, and as the shop-local days it touches, which is what periods are made of.
 *
 * @param from first instant included
 * @param to   last instant included
 */
public record ReportRange(Instant from, Instant to, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

    /** The longest span a report covers. */
    static final long MAX_DAYS = 3660;

    /** Reads both ends; the defaults are the 30 shop-local days ending today. */
    public static ReportRange parse(String start, String end, ZoneId zone, LocalDate today) {
        Instant to = end == null || end.isBlank() ? startOfDay(today.plusDays(1), zone).minus(1, ChronoUnit.MICROS)
                : endOf("end_date", end.trim(), zone);
        LocalDate lastDay = LocalDate.ofInstant(to, zone);
        Instant from = start == null || start.isBlank() ? startOfDay(lastDay.minusDays(29), zone)
                : startOf("start_date", start.trim(), zone);
        if (from.isAfter(to)) {
            throw new InvalidParameterException("start_date", "start_date " + start + " is after end_date "
                    + (end == null || end.isBlank() ? lastDay : end));
        }
        LocalDate firstDay = LocalDate.ofInstant(from, zone);
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            throw new InvalidParameterException("start_date", "start_date to end_date spans more than " + MAX_DAYS
                    + " days");
        }
        return new ReportRange(from, to, firstDay, lastDay, zone);
    }

    private static Instant startOf(String name, String text, ZoneId zone) {
        DateParameter parsed = parsed(name, text);
        if (parsed.instant() != null) {
            return parsed.instant();
        }
        if (parsed.date() != null) {
            return startOfDay(parsed.date(), zone);
        }
        return earliest(parsed.local(), zone);
    }

    private static Instant endOf(String name, String text, ZoneId zone) {
        DateParameter parsed = parsed(name, text);
        if (parsed.instant() != null) {
            return parsed.instant();
        }
        if (parsed.date() != null) {
            return startOfDay(parsed.date().plusDays(1), zone).minus(1, ChronoUnit.MICROS);
        }
        return latest(parsed.local(), zone);
    }

    private static DateParameter parsed(String name, String text) {
        return DateParameter.parse(name, text, "the shop's time zone");
    }

    /** The first instant of a shop-local day (its midnight, or the end of a daylight-saving gap at midnight). */
    static Instant startOfDay(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** A wall-clock time that happens twice (fall-back) at its first occurrence; one that never happens, at the jump. */
    static Instant earliest(LocalDateTime local, ZoneId zone) {
        return offsets(local, zone).stream().max(Comparator.comparingInt(ZoneOffset::getTotalSeconds))
                .map(local::toInstant).orElseGet(() -> zone.getRules().getTransition(local).getInstant());
    }

    /** A wall-clock time that happens twice at its second occurrence. */
    static Instant latest(LocalDateTime local, ZoneId zone) {
        return offsets(local, zone).stream().min(Comparator.comparingInt(ZoneOffset::getTotalSeconds))
                .map(local::toInstant).orElseGet(() -> zone.getRules().getTransition(local).getInstant());
    }

    private static List<ZoneOffset> offsets(LocalDateTime local, ZoneId zone) {
        try {
            return zone.getRules().getValidOffsets(local);
        } catch (DateTimeException e) {
            return List.of();
        }
    }
}

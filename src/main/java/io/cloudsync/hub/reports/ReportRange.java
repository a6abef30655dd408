package io.cloudsync.hub.reports;

import io.cloudsync.hub.params.InvalidParameterException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The span of a report, both ends included, read from {@code start_date} and {@code end_date} the way a client
 * sends them: a date ({@code 2024-05-31}: the whole shop-local day), a date-time without offset
 * ({@code 2024-05-31T18:00:00}, as Python's {@code datetime.isoformat()} writes it: shop-local wall-clock time) or
 * with one ({@code …Z}, {@code …+02:00}: that instant). It is kept as instants, which is what orders are
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
        Parsed parsed = parsed(name, text);
        if (parsed.instant != null) {
            return parsed.instant;
        }
        if (parsed.date != null) {
            return startOfDay(parsed.date, zone);
        }
        return earliest(parsed.local, zone);
    }

    private static Instant endOf(String name, String text, ZoneId zone) {
        Parsed parsed = parsed(name, text);
        if (parsed.instant != null) {
            return parsed.instant;
        }
        if (parsed.date != null) {
            return startOfDay(parsed.date.plusDays(1), zone).minus(1, ChronoUnit.MICROS);
        }
        return latest(parsed.local, zone);
    }

    private record Parsed(LocalDate date, LocalDateTime local, Instant instant) {
    }

    /**
     * What JavaScript's {@code String(date)} writes, and so what a {@code Date} put in {@code URLSearchParams} sends:
     * {@code Sun Oct 27 2024 02:30:00 GMT+0200 (Central European Summer Time)}; the offset's '+' may arrive as a
     * space when the query string was not encoded.
     */
    private static final Pattern JAVASCRIPT_DATE = Pattern.compile(
            "^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\\d{2}) (\\d{4}) (\\d{2}:\\d{2}:\\d{2}) GMT([+\\- ])(\\d{2})(\\d{2})"
                    + "(?: \\(.*\\))?$");

    private static Parsed parsed(String name, String text) {
        Matcher javascript = JAVASCRIPT_DATE.matcher(text);
        if (javascript.matches()) {
            try {
                Month month = Month.from(DateTimeFormatter.ofPattern("MMM",
                        Locale.ENGLISH).parse(javascript.group(1)));
                LocalDateTime local = LocalDateTime.of(LocalDate.of(Integer.parseInt(javascript.group(3)), month,
                        Integer.parseInt(javascript.group(2))), LocalTime.parse(javascript.group(4)));
                int seconds = (Integer.parseInt(javascript.group(6)) * 60 + Integer.parseInt(javascript.group(7))) * 60;
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(javascript.group(5).equals("-") ? -seconds : seconds);
                return new Parsed(null, null, local.toInstant(offset));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        String value = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11)
                : text;
        // a '+' of an offset left unencoded in a query string arrives as a space
        value = value.replaceFirst("^(.{19,}) (\\d\\d:?\\d\\d)$", "$1+$2");
        try {
            if (value.length() == 10) {
                return new Parsed(LocalDate.parse(value), null, null);
            }
            if (value.endsWith("Z") || value.endsWith("z") || value.substring(10).matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return new Parsed(null, null, OffsetDateTime.parse(value.replace('z', 'Z')).toInstant());
            }
            return new Parsed(null, LocalDateTime.parse(value), null);
        } catch (DateTimeException | StringIndexOutOfBoundsException e) {
            throw new InvalidParameterException(name, name + " must be a date (2024-05-31) or a date-time"
                    + " (2024-05-31T18:00:00 in the shop's time zone, or with an offset such as Z or +02:00), got '"
                    + text + "'");
        }
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

package io.cloudsync.hub.sandbox.store.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Shop-local wall-clock times as PrestaShop stores them (MySQL {@code DATETIME}: no zone, one-second resolution),
 * kept as seconds of the wall clock read as if it were UTC so that they sort and compare as plain numbers.
 */
public final class ShopTime {

    /** The zero date {@code 0000-00-00 00:00:00}. */
    public static final long ZERO = Long.MIN_VALUE;
    public static final String ZERO_DATE_TIME = "0000-00-00 00:00:00";
    public static final String ZERO_DATE = "0000-00-00";

    private ShopTime() {
    }

    public static long of(LocalDateTime wallClock) {
        return wallClock.toEpochSecond(ZoneOffset.UTC);
    }

    public static long of(Instant instant, ZoneId zone) {
        return of(LocalDateTime.ofInstant(instant, zone).withNano(0));
    }

    public static LocalDateTime toLocal(long wallSeconds) {
        return LocalDateTime.ofEpochSecond(wallSeconds, 0, ZoneOffset.UTC);
    }

    public static String format(long wallSeconds) {
        if (wallSeconds == ZERO) {
            return ZERO_DATE_TIME;
        }
        LocalDateTime t = toLocal(wallSeconds);
        char[] out = new char[19];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = ' ';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        return new String(out);
    }

    public static String formatDate(long wallSeconds) {
        return wallSeconds == ZERO ? ZERO_DATE : format(wallSeconds).substring(0, 10);
    }

    /**
     * Reads a value the way MySQL converts a string compared with a {@code DATETIME}: {@code YYYY-MM-DD} means
     * midnight, {@code YYYY-MM-DD HH:MM:SS} (or with a {@code T}) is exact, the zero date is {@link #ZERO}.
     *
     * @throws IllegalArgumentException when the text is not such a date
     */
    public static long parse(String text) {
        String value = text.trim();
        if (value.startsWith(ZERO_DATE)) {
            return ZERO;
        }
        try {
            if (value.length() == 10) {
                return of(LocalDate.parse(value).atStartOfDay());
            }
            if (value.length() == 19 && (value.charAt(10) == ' ' || value.charAt(10) == 'T')) {
                return of(LocalDateTime.parse(value.substring(0, 10) + "T" + value.substring(11)));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

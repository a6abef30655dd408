package io.cloudsync.hub.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camel's duration syntax ({@code 30s}, {@code 5m}, {@code 1h30m}, {@code 250ms}, {@code 2d}; bare numbers are ms),
 * at most {@link #MAX} ({@value #MAX_DAYS} days).
 *
 * <p>Hand-written rather than Camel's {@code TimeUtils.toMilliSeconds}: that one reads the same forms but wraps
 * ({@code 999999999999d} is a negative number of milliseconds), and reads what is not a duration ({@code soon},
 * {@code -5s}, {@code 30S}) as 0, where the hub must refuse both and say which key or parameter is wrong.
 */
public final class Durations {

    static final long MAX_DAYS = 36_600;
    /** The longest duration accepted: a hundred years and some, far beyond any period the hub uses. */
    public static final Duration MAX = Duration.ofDays(MAX_DAYS);

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private Durations() {
    }

    /**
     * @throws IllegalArgumentException when the text is not a duration or is longer than {@link #MAX}; the message
     *                                  quotes the text
     */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        Matcher matcher = PART.matcher(value);
        Duration total = Duration.ZERO;
        int position = 0;
        while (matcher.find()) {
            if (!value.substring(position, matcher.start()).isBlank()) {
                throw new IllegalArgumentException("not a duration: " + text);
            }
            total = total.plus(part(matcher.group(1), matcher.group(2) == null ? "ms" : matcher.group(2), text));
            if (total.compareTo(MAX) > 0) {
                throw tooLong(text);
            }
            position = matcher.end();
        }
        if (position == 0 || !value.substring(position).isBlank()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        return total;
    }

    private static Duration part(String digits, String unit, String text) {
        // more digits than any amount up to MAX has in any unit: refused before Long.parseLong could overflow
        if (digits.replaceFirst("^0+(?=\\d)", "").length() > 13) {
            throw tooLong(text);
        }
        long amount = Long.parseLong(digits);
        Duration part = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(Math.min(amount, MAX_DAYS + 1));
        };
        if (part.compareTo(MAX) > 0) {
            throw tooLong(text);
        }
        return part;
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("duration " + text + " is longer than " + MAX_DAYS + " days");
    }
}

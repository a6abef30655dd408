package io.cloudsync.hub.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Camel's duration syntax ({@code 30s}, {@code 5m}, {@code 1h30m}, {@code 250ms}, {@code 2d}; bare numbers are ms). */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private Durations() {
    }

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
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
            total = total.plus(switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
            position = matcher.end();
        }
        if (position == 0 || !value.substring(position).isBlank()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        return total;
    }
}

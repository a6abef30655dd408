package io.cloudsync.hub.params;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date parameter the way clients write one; exactly one of the three is set:
 * <ul>
 *   <li>{@code date}: a day ({@code 2024-05-31});</li>
 *   <li>{@code local}: a date-time without offset ({@code 2024-05-31T18:00:00}, or with a space for the
 *       {@code T}, as Python's {@code datetime.isoformat()} and SQL write it): the caller says in which zone;</li>
 *   <li>{@code instant}: a date-time with an offset ({@code …Z}, {@code …+02:00}) or a JavaScript {@code Date}
 *       string ({@code Mon Dec 07 2026 10:15:00 GMT+0100 (Central European Standard Time)}, what
 *       {@code String(date)} writes and so what a {@code Date} put in {@code URLSearchParams} sends).</li>
 * </ul>
 * The '+' of an offset left unencoded in a query string arrives as a space and is read as a '+'.
 */
public record DateParameter(LocalDate date, LocalDateTime local, Instant instant) {

    private static final Pattern JAVASCRIPT_DATE = Pattern.compile(
            "^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\\d{2}) (\\d{4}) (\\d{2}:\\d{2}:\\d{2}) GMT([+\\- ])(\\d{2})(\\d{2})"
                    + "(?: \\(.*\\))?$");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /**
     * Reads {@code text}, the value of parameter {@code name}; one that fits no form is an
     * {@link InvalidParameterException} naming the parameter.
     *
     * @param localZone how the error message names the zone of a date-time without offset ("UTC")
     */
    public static DateParameter parse(String name, String text, String localZone) {
        String trimmed = text.trim();
        Matcher javascript = JAVASCRIPT_DATE.matcher(trimmed);
        if (javascript.matches()) {
            try {
                return new DateParameter(null, null, javascriptInstant(javascript));
            } catch (DateTimeException e) {
                throw invalid(name, text, localZone);
            }
        }
        String value = trimmed.length() > 10 && trimmed.charAt(10) == ' '
                ? trimmed.substring(0, 10) + "T" + trimmed.substring(11) : trimmed;
        value = value.replaceFirst("^(.{19,}) (\\d\\d:?\\d\\d)$", "$1+$2");
        try {
            if (value.length() == 10) {
                return new DateParameter(LocalDate.parse(value), null, null);
            }
            if (value.endsWith("Z") || value.endsWith("z") || value.substring(10).matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return new DateParameter(null, null, OffsetDateTime.parse(value.replace('z', 'Z')).toInstant());
            }
            return new DateParameter(null, LocalDateTime.parse(value), null);
        } catch (DateTimeException | StringIndexOutOfBoundsException e) {
            throw invalid(name, text, localZone);
        }
    }

    private static Instant javascriptInstant(Matcher javascript) {
        Month month = Month.from(MONTH.parse(javascript.group(1)));
        LocalDateTime local = LocalDateTime.of(LocalDate.of(Integer.parseInt(javascript.group(3)), month,
                Integer.parseInt(javascript.group(2))), LocalTime.parse(javascript.group(4)));
        int seconds = (Integer.parseInt(javascript.group(6)) * 60 + Integer.parseInt(javascript.group(7))) * 60;
        return local.toInstant(ZoneOffset.ofTotalSeconds(javascript.group(5).equals("-") ? -seconds : seconds));
    }

    private static InvalidParameterException invalid(String name, String text, String localZone) {
        return new InvalidParameterException(name, name + " must be a date (2024-05-31), a date-time"
                + " (2024-05-31T18:00:00 in " + localZone + ", or with an offset such as Z or +02:00) or a JavaScript"
                + " Date string (Mon Dec 07 2026 10:15:00 GMT+0100), got '" + text + "'");
    }
}

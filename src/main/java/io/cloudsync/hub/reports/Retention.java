package io.cloudsync.hub.reports;

import io.cloudsync.hub.config.ConfigException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long order data is kept ({@code hub.reports.retention}, 12 months by default, as the CloudSync limits
 * state): orders placed on a shop-local day before {@link #keepFrom} are pruned from the report tables and the
 * mirror, and not ingested at all.
 */
public record Retention(Period period) {

    private static final Pattern TEXT = Pattern.compile("(?i)^\\s*(\\d+)\\s*(day|days|month|months|year|years)\\s*$");

    public Retention {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a retention must be positive");
        }
    }

    /** {@code 12 months}, {@code 400 days}, {@code 2 years} or an ISO period such as {@code P12M}. */
    public static Retention parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text);
        try {
            if (matcher.matches()) {
                int amount = Integer.parseInt(matcher.group(1));
                String unit = matcher.group(2).toLowerCase(Locale.ROOT);
                return new Retention(unit.startsWith("day") ? Period.ofDays(amount)
                        : unit.startsWith("month") ? Period.ofMonths(amount) : Period.ofYears(amount));
            }
            return new Retention(Period.parse(text.trim()));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw new ConfigException("hub.reports.retention must be a period such as '12 months', '400 days' or"
                    + " 'P1Y', got '" + text + "'");
        }
    }

    /** The first shop-local day whose orders are kept, on {@code today}. */
    public LocalDate keepFrom(LocalDate today) {
        return today.minus(period);
    }
}

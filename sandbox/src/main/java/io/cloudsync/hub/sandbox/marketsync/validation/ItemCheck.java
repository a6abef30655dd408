package io.cloudsync.hub.sandbox.marketsync.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the columns of one JSON item and records what is wrong with them. Text columns accept JSON strings and
 * numbers; integer columns accept integral numbers and strings of digits; a blank string counts as absent.
 */
public final class ItemCheck {

    private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,8})?");

    private final JsonNode item;
    private final List<Violation> violations = new ArrayList<>();

    public ItemCheck(JsonNode item) {
        this.item = item;
        if (!item.isObject()) {
            violation("item", "must be a JSON object, got " + item.getNodeType().name().toLowerCase());
        }
    }

    public JsonNode node(String column) {
        return item.path(column);
    }

    /** Sent with a value that is not null (possibly blank). */
    public boolean has(String column) {
        return item.hasNonNull(column);
    }

    public boolean isBlank(String column) {
        JsonNode value = item.path(column);
        return value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank());
    }

    public void violation(String column, String reason) {
        violations.add(new Violation(column, reason));
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** Columns the item carries that are not in {@code known}; each one gets {@code reason}. */
    public void refuseUnknown(Set<String> known, Function<String, String> reason) {
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                violation(name, reason.apply(name));
            }
        }
    }

    /** The text, {@code ""} when sent blank, {@code null} when absent or invalid. */
    public String text(String column, int maxLength, boolean mandatory) {
        if (isBlank(column)) {
            if (mandatory) {
                violation(column, "missing or empty");
                return null;
            }
            return has(column) ? "" : null;
        }
        JsonNode value = item.path(column);
        if (!value.isTextual() && !value.isNumber()) {
            violation(column, "must be text, got " + value.getNodeType().name().toLowerCase());
            return null;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            violation(column, "longer than " + maxLength + " characters (" + length + ")");
            return null;
        }
        return text;
    }

    /** The integer, {@code null} when absent, blank or invalid. */
    public Long integer(String column, boolean mandatory, long min) {
        if (isBlank(column)) {
            if (mandatory) {
                violation(column, "missing or empty");
            }
            return null;
        }
        JsonNode value = item.path(column);
        Long parsed = null;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            parsed = value.asLong();
        } else if (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
            parsed = value.decimalValue().longValue();
        } else if (value.isTextual() && INTEGER_TEXT.matcher(value.asText().trim()).matches()) {
            parsed = Long.parseLong(value.asText().trim());
        }
        if (parsed == null) {
            violation(column, "must be an integer, got " + shown(value));
            return null;
        }
        if (parsed < min) {
            violation(column, "must be " + min + " or more, got " + parsed);
            return null;
        }
        return parsed;
    }

    /** A decimal amount, {@code null} when absent, blank or invalid. */
    public BigDecimal decimal(String column, boolean mandatory) {
        if (isBlank(column)) {
            if (mandatory) {
                violation(column, "missing or empty");
            }
            return null;
        }
        JsonNode value = item.path(column);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual() && DECIMAL_TEXT.matcher(value.asText().trim()).matches()) {
            return new BigDecimal(value.asText().trim());
        }
        violation(column, "must be a number, got " + shown(value));
        return null;
    }

    /** A date-time ({@code YYYY-MM-DDTHH:mm:ss}, a space instead of T, fractions and an offset allowed). */
    public LocalDateTime dateTime(String column, boolean mandatory) {
        String text = text(column, 40, mandatory);
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDateTime parsed = parseDateTime(text);
        if (parsed == null) {
            violation(column, "must be a date-time YYYY-MM-DDTHH:mm:ss, got '" + text + "'");
        }
        return parsed;
    }

    public static LocalDateTime parseDateTime(String text) {
        String iso = text.trim().replace(' ', 'T');
        try {
            return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDateTime();
            } catch (DateTimeParseException notOffset) {
                return null;
            }
        }
    }

    private static String shown(JsonNode value) {
        String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

package io.cloudsync.hub.erp.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.tryton.TrytonValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a mapped value is sent to Tryton as: text (Char, Text, Selection fields), decimal (Numeric: sent as Tryton's
 * Decimal object, a JSON float is refused), boolean, or integer (Integer, and Many2One ids). Each kind says which
 * canonical values it takes, how it goes over JSON-RPC and whether the value Tryton holds is the same.
 */
public enum ValueKind {
    TEXT, DECIMAL, BOOLEAN, INTEGER;

    public static Optional<ValueKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.keyword().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The kind a canonical field of that Java type is sent as when the mapping names none. */
    static ValueKind of(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return INTEGER;
        }
        if (type == BigDecimal.class || type == double.class || type == float.class || type == Double.class) {
            return DECIMAL;
        }
        return TEXT;
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a canonical field of that type can be sent as this kind (any value as text, numbers as numbers). */
    boolean accepts(Class<?> type) {
        ValueKind natural = of(type);
        return this == TEXT || this == natural || this == DECIMAL && natural == INTEGER
                || this == INTEGER && natural == DECIMAL;
    }

    /** A canonical value as this kind; null when there is none (or a text is not a number). */
    Object convert(Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (this) {
            case TEXT -> raw instanceof BigDecimal decimal ? decimal.toPlainString() : raw.toString();
            case BOOLEAN -> raw instanceof Boolean flag ? flag : null;
            case DECIMAL -> decimal(raw);
            case INTEGER -> {
                BigDecimal decimal = decimal(raw);
                yield decimal == null ? null : decimal.setScale(0, RoundingMode.HALF_UP).longValueExact();
            }
        };
    }

    /** The value as the JSON-RPC call carries it. */
    Object json(Object value) {
        return this == DECIMAL ? TrytonValues.decimal((BigDecimal) value) : value;
    }

    /** Whether Tryton's value (as search_read answers it) is {@code value}. Empty text and None are the same. */
    boolean same(Object value, JsonNode have) {
        boolean none = have == null || have.isNull() || have.isMissingNode();
        return switch (this) {
            case TEXT -> (none ? "" : have.asText()).equals(value);
            case BOOLEAN -> !none && TrytonValues.bool(have) == (Boolean) value;
            case DECIMAL -> !none && TrytonValues.decimal(have).compareTo((BigDecimal) value) == 0;
            case INTEGER -> !none && TrytonValues.id(have) == (Long) value;
        };
    }

    private static BigDecimal decimal(Object raw) {
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(raw.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

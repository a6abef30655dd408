package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads PrestaShop Webservice values the lenient way a real store needs: numbers and booleans arrive as strings
 * (or as numbers, or {@code null}), multi-language fields are {@code [{"id","value"}]} or a plain string, and
 * dates may be the zero date {@code 0000-00-00 00:00:00}.
 */
public final class Lenient {

    private static final DateTimeFormatter SHOP_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Lenient() {
    }

    /** Plain text of a field; for a multi-language field, the value of {@code languageId} (else the first one). */
    public static String text(JsonNode node, int languageId) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isArray()) {
            String first = null;
            for (JsonNode entry : node) {
                String value = entry.path("value").asText("");
                if (first == null) {
                    first = value;
                }
                if (entry.path("id").asText("").equals(Integer.toString(languageId))) {
                    return value;
                }
            }
            return first == null ? "" : first;
        }
        if (node.isObject()) {
            // XML-to-JSON shape of some modules: {"language": [...]}
            return text(node.path("language"), languageId);
        }
        return node.asText("");
    }

    /** A decimal from {@code "23.900000"}, {@code 23.9} or {@code ""}; empty when absent or not a number. */
    public static Optional<BigDecimal> decimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        String text = node.asText("").trim().replace(',', '.');
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static BigDecimal decimalOrZero(JsonNode node) {
        return decimal(node).orElse(BigDecimal.ZERO);
    }

    /** A whole number from {@code "12"}, {@code 12}, {@code "12.000000"}; {@code fallback} otherwise. */
    public static long integer(JsonNode node, long fallback) {
        return decimal(node).map(value -> {
            try {
                return value.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    /** {@code "1"}, {@code 1}, {@code true} are true; everything else is false. */
    public static boolean bool(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText("").trim();
        return text.equals("1") || text.equalsIgnoreCase("true");
    }

    /** A shop-local date-time; empty for the zero date, a blank or anything unparseable. */
    public static Optional<LocalDateTime> dateTime(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        String text = node.asText("").trim();
        if (text.isEmpty() || text.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.length() == 10 ? text + " 00:00:00" : text, SHOP_DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A shop date ({@code 1980-05-17}, or the date part of a date-time); empty for the zero date or a blank. */
    public static Optional<java.time.LocalDate> date(JsonNode node) {
        return dateTime(node).map(LocalDateTime::toLocalDate);
    }

    /** The ids of an association list such as {@code associations.categories}: {@code [{"id":"2"},...]}. */
    public static List<Long> ids(JsonNode associations, String name) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode entry : associations.path(name)) {
            long id = integer(entry.path("id"), -1);
            if (id >= 0) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The ids of a page of rows, in order; -1 for a row whose id cannot be read. */
    public static List<Long> rowIds(List<JsonNode> rows) {
        return rows.stream().map(row -> integer(row.path("id"), -1)).toList();
    }

    /** A list resource's rows: {@code {"products":[...]}} or, for an empty list, the bare {@code []}. */
    public static List<JsonNode> rows(JsonNode response, String resource) {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode list = response == null ? null : response.isArray() ? response : response.path(resource);
        if (list != null) {
            list.forEach(rows::add);
        }
        return rows;
    }
}

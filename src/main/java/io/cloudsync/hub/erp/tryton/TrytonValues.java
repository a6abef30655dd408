package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tryton's JSON-RPC encoding of the values JSON has no type for: a {@code Decimal} is
 * {@code {"__class__":"Decimal","decimal":"12.50"}}, a date {@code {"__class__":"date","year":…,"month":…,"day":…}};
 * a Boolean reads 0/1 on SQLite and true/false on PostgreSQL.
 */
public final class TrytonValues {

    private TrytonValues() {
    }

    public static Map<String, Object> decimal(BigDecimal value) {
        Map<String, Object> tagged = new LinkedHashMap<>();
        tagged.put("__class__", "Decimal");
        tagged.put("decimal", value.toPlainString());
        return tagged;
    }

    public static Map<String, Object> date(LocalDate value) {
        Map<String, Object> tagged = new LinkedHashMap<>();
        tagged.put("__class__", "date");
        tagged.put("year", value.getYear());
        tagged.put("month", value.getMonthValue());
        tagged.put("day", value.getDayOfMonth());
        return tagged;
    }

    /** A Decimal (or a plain number) as Tryton sent it; null for None. */
    public static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            return new BigDecimal(node.path("decimal").asText("0"));
        }
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
    }

    /** A Boolean field: SQLite gives 0/1. */
    public static boolean bool(JsonNode node) {
        return node != null && (node.isBoolean() ? node.asBoolean() : node.asInt(0) != 0);
    }

    /** A Many2One read: its id, or -1 for none. */
    public static long id(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return -1;
        }
        return node.isObject() ? node.path("id").asLong(-1) : node.asLong(-1);
    }
}

package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
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
        return Map.of("__class__", "Decimal", "decimal", value.toPlainString());
    }

    public static Map<String, Object> date(LocalDate value) {
        return Map.of("__class__", "date", "year", value.getYear(), "month", value.getMonthValue(),
                "day", value.getDayOfMonth());
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

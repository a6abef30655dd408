package io.cloudsync.hub.marketsync.mapping;

/**
 * One row of a MarketSync column table: name, type, maximum length (texts) and whether it is mandatory.
 *
 * @param identifier an identifier is never cut: a value too long makes the product invalid
 */
public record ColumnSpec(String name, Type type, int maxLength, boolean mandatory, boolean identifier) {

    public enum Type { TEXT, INTEGER, DATE_TIME, ARRAY }

    static ColumnSpec text(String name, int maxLength, boolean mandatory) {
        return new ColumnSpec(name, Type.TEXT, maxLength, mandatory, false);
    }

    static ColumnSpec identifier(String name, int maxLength, boolean mandatory) {
        return new ColumnSpec(name, Type.TEXT, maxLength, mandatory, true);
    }

    static ColumnSpec integer(String name, boolean mandatory) {
        return new ColumnSpec(name, Type.INTEGER, 0, mandatory, false);
    }
}

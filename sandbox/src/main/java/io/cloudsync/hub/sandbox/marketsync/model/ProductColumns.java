package io.cloudsync.hub.sandbox.marketsync.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scalar column values of one product, immutable, as canonical text (integers in decimal, date-times as
 * {@code yyyy-MM-dd HH:mm:ss}); {@code null} when a column was never sent. One array per product keeps 100,000
 * products small.
 */
public final class ProductColumns {

    private static final ProductColumn[] COLUMNS = ProductColumn.values();

    private final String[] values;

    private ProductColumns(String[] values) {
        this.values = values;
    }

    public static ProductColumns of(Map<ProductColumn, String> values) {
        return new ProductColumns(new String[COLUMNS.length]).with(values);
    }

    public String get(ProductColumn column) {
        return values[column.ordinal()];
    }

    /** The value, or {@code ""} when the column was never sent. */
    public String text(ProductColumn column) {
        String value = values[column.ordinal()];
        return value == null ? "" : value;
    }

    public long integer(ProductColumn column) {
        String value = values[column.ordinal()];
        return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
    }

    public ProductColumns with(Map<ProductColumn, String> changes) {
        String[] copy = Arrays.copyOf(values, values.length);
        changes.forEach((column, value) -> copy[column.ordinal()] = column == ProductColumn.SKU ? value
                : SharedText.of(value));
        return new ProductColumns(copy);
    }

    /** Column name to value, for the columns that have one, in table order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (ProductColumn column : COLUMNS) {
            if (values[column.ordinal()] != null) {
                map.put(column.column(), values[column.ordinal()]);
            }
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductColumns columns && Arrays.equals(values, columns.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}

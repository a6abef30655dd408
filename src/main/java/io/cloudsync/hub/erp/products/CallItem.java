package io.cloudsync.hub.erp.products;

import java.util.List;
import java.util.Map;

/**
 * One store product's part of a planned call: the values of a template or variant to create ({@code ids} empty),
 * or the ids of a template and the values to write on it.
 */
public record CallItem(String storeId, List<Long> ids, Map<String, Object> values) {

    public CallItem {
        ids = List.copyOf(ids);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public static CallItem create(String storeId, Map<String, Object> values) {
        return new CallItem(storeId, List.of(), values);
    }

    public static CallItem write(String storeId, long id, Map<String, Object> values) {
        return new CallItem(storeId, List.of(id), values);
    }
}

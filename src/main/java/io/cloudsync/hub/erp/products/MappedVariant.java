package io.cloudsync.hub.erp.products;

import io.cloudsync.hub.erp.mapping.FieldValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A store variation as Tryton gets it: a variant (product.product) whose code is the SKU.
 *
 * @param sku       the variation's reference: the variant's {@code suffix_code}, so its {@code code} (the template's
 *                  code stays empty)
 * @param costPrice the store's cost price without tax; null when the store has none (Tryton's is left alone)
 * @param fields    the fields the mapping file adds ({@code product-variant}), by Tryton field name
 */
public record MappedVariant(String sku, BigDecimal costPrice, Map<String, FieldValue> fields) {

    public MappedVariant {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public MappedVariant(String sku, BigDecimal costPrice) {
        this(sku, costPrice, Map.of());
    }
}

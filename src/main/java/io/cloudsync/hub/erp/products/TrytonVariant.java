package io.cloudsync.hub.erp.products;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A variant (product.product) as Tryton holds it now. {@code costPrice} null: Tryton sent none. {@code mapped}: the
 * values of the fields the mapping file adds, as Tryton sent them.
 */
public record TrytonVariant(long id, String code, boolean active, BigDecimal costPrice, long template,
                            Map<String, JsonNode> mapped) {

    public TrytonVariant {
        mapped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapped));
    }

    public TrytonVariant(long id, String code, boolean active, BigDecimal costPrice, long template) {
        this(id, code, active, costPrice, template, Map.of());
    }
}

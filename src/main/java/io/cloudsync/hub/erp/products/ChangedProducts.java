package io.cloudsync.hub.erp.products;

import io.cloudsync.hub.erp.tryton.TrytonCall;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The store products of one change set, read from the mirror, and the look-up of their codes in Tryton (reading back
 * the template and variant fields the mapping file adds, to compare them).
 */
public record ChangedProducts(List<ProductChange> changes, List<String> templateFields, List<String> variantFields) {

    public ChangedProducts {
        changes = List.copyOf(changes);
        templateFields = List.copyOf(templateFields);
        variantFields = List.copyOf(variantFields);
    }

    public ChangedProducts(List<ProductChange> changes) {
        this(changes, List.of(), List.of());
    }

    /** One search_read for every code of the set (SKUs and product references). */
    public TrytonCall lookup() {
        Set<String> codes = new LinkedHashSet<>();
        changes.stream().filter(change -> change.blocked().isEmpty())
                .forEach(change -> codes.addAll(change.template().codes()));
        return TrytonProducts.lookup(codes, templateFields, variantFields);
    }

    /** The look-up's answer, read with the mapped fields. */
    public TrytonProducts found(com.fasterxml.jackson.databind.JsonNode rows) {
        return TrytonProducts.of(rows, templateFields, variantFields);
    }

    public int size() {
        return changes.size();
    }
}

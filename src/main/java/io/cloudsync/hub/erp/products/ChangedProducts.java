package io.cloudsync.hub.erp.products;

import io.cloudsync.hub.erp.tryton.TrytonCall;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The store products of one change set, read from the mirror, and the look-up of their codes in Tryton. */
public record ChangedProducts(List<ProductChange> changes) {

    public ChangedProducts {
        changes = List.copyOf(changes);
    }

    /** One search_read for every code of the set (SKUs and product references). */
    public TrytonCall lookup() {
        Set<String> codes = new LinkedHashSet<>();
        changes.stream().filter(change -> change.blocked().isEmpty())
                .forEach(change -> codes.addAll(change.template().codes()));
        return TrytonProducts.lookup(codes);
    }

    public int size() {
        return changes.size();
    }
}

package io.cloudsync.hub.erp.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Tryton products of a sale's lines, from the answer of a search by code: pure. A line whose SKU Tryton does not
 * know, or without units, refuses the order with every reason (the products reach Tryton through the products sink;
 * a replay once they are there makes the sale).
 */
public final class SaleProducts {

    private SaleProducts() {
    }

    /** Product id by SKU, or {@link SaleRefusedException} naming every line that cannot be sold. */
    public static Map<String, Long> ids(SaleOrder order, List<? extends Map<String, ?>> found) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Map<String, ?> row : found == null ? List.<Map<String, ?>>of() : found) {
            Object code = row.get("code");
            Object id = row.get("id");
            if (code != null && id instanceof Number number) {
                ids.putIfAbsent(code.toString(), number.longValue());
            }
        }
        List<String> problems = new ArrayList<>();
        if (order.lines().isEmpty()) {
            problems.add("the order has no lines");
        }
        for (SaleLine line : order.lines()) {
            if (line.sku().isEmpty()) {
                problems.add("a line (" + line.description() + ") has no SKU");
            } else if (!ids.containsKey(line.sku())) {
                problems.add("SKU " + line.sku() + " is not a product in Tryton (no product with that code)");
            }
            if (line.quantity() <= 0) {
                problems.add("the line of SKU " + line.sku() + " has " + line.quantity() + " units");
            }
        }
        if (!problems.isEmpty()) {
            throw new SaleRefusedException(order.toString(), List.copyOf(new java.util.LinkedHashSet<>(problems)));
        }
        return ids;
    }
}

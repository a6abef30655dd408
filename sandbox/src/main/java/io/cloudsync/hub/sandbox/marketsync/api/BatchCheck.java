package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.sandbox.marketsync.validation.Checked;
import io.cloudsync.hub.sandbox.marketsync.validation.InvalidItem;
import io.cloudsync.hub.sandbox.marketsync.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the violations of a batch; a batch with any invalid item is refused whole (HTTP 400) with a text that
 * names every bad item (index and SKU) and every violated column, and the same as structured {@code invalid}.
 */
final class BatchCheck {

    private final int size;
    private final Map<Integer, String> skus = new TreeMap<>();
    private final Map<Integer, List<Violation>> violations = new TreeMap<>();

    BatchCheck(int size) {
        this.size = size;
    }

    void add(int index, Checked<?> checked) {
        checked.violations().forEach(v -> add(index, checked.sku(), v));
    }

    void add(int index, String sku, List<Violation> list) {
        list.forEach(v -> add(index, sku, v));
    }

    void add(int index, String sku, Violation violation) {
        skus.putIfAbsent(index, sku == null || sku.isBlank() ? "?" : sku);
        violations.computeIfAbsent(index, i -> new ArrayList<>()).add(violation);
    }

    void add(int index, String sku, String column, String reason) {
        add(index, sku, new Violation(column, reason));
    }

    void throwIfInvalid() {
        if (violations.isEmpty()) {
            return;
        }
        List<InvalidItem> invalid = new ArrayList<>();
        ArrayNode detail = JsonNodeFactory.instance.arrayNode();
        violations.forEach((index, list) -> {
            invalid.add(new InvalidItem(index, skus.get(index), list));
            ObjectNode item = detail.addObject();
            item.put("index", index);
            item.put("sku", skus.get(index));
            ObjectNode columns = item.putObject("columns");
            for (Violation v : list) {
                String previous = columns.path(v.column()).asText("");
                columns.put(v.column(), previous.isEmpty() ? v.reason() : previous + "; " + v.reason());
            }
        });
        throw new ApiError(400, InvalidItem.describe(invalid, size), detail);
    }
}

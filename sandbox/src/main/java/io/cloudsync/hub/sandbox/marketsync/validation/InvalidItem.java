package io.cloudsync.hub.sandbox.marketsync.validation;

import java.util.List;
import java.util.stream.Collectors;

/** An item of a batch that broke rules: its position in the batch, its SKU and every violation. */
public record InvalidItem(int index, String sku, List<Violation> violations) {

    public InvalidItem {
        violations = List.copyOf(violations);
    }

    @Override
    public String toString() {
        return "item " + index + " (sku " + sku + "): "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** The error text of a rejected batch: names every bad item and, for each, every violated column. */
    public static String describe(List<InvalidItem> invalid, int batchSize) {
        return "Error " + invalid.size() + " of " + batchSize + " item(s) invalid, nothing was saved. "
                + invalid.stream().map(InvalidItem::toString).collect(Collectors.joining(" | "));
    }
}

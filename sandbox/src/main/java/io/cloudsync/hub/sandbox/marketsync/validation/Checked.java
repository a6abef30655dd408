package io.cloudsync.hub.sandbox.marketsync.validation;

import java.util.List;

/**
 * The outcome of checking one item of a batch: the value to store when valid, and every violated rule. {@code sku}
 * names the item in error texts ({@code ?} when the item does not say).
 */
public record Checked<T>(String sku, T value, List<Violation> violations) {

    public Checked {
        violations = List.copyOf(violations);
        sku = sku == null || sku.isBlank() ? "?" : sku;
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}

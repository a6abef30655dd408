package io.cloudsync.hub.erp.products;

import java.util.List;

/**
 * One store product of a change set, as the mirror holds it now: live (its template and variants are created or
 * brought up to date) or {@code deleted} (its last state names the variants to deactivate). {@code blocked} lists
 * why nothing of it may reach Tryton (its reference belongs to another store product); empty when it may.
 */
public record ProductChange(String storeId, MappedTemplate template, boolean deleted, List<String> blocked) {

    public ProductChange {
        blocked = List.copyOf(blocked);
    }

    public static ProductChange live(MappedTemplate template) {
        return new ProductChange(template.storeId(), template, false, List.of());
    }

    public static ProductChange deleted(MappedTemplate template) {
        return new ProductChange(template.storeId(), template, true, List.of());
    }

    public ProductChange blockedBy(String reason) {
        return new ProductChange(storeId, template, deleted, List.of(reason));
    }

    /** How a dead letter names the product. */
    public String describe() {
        String sku = template.sku().isEmpty() ? template.reference() : template.sku();
        return "store product " + storeId + " (" + (sku.isEmpty() ? "no SKU" : "SKU " + sku) + ", \""
                + template.name() + "\")";
    }
}

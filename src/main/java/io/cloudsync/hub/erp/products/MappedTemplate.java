package io.cloudsync.hub.erp.products;

import io.cloudsync.hub.erp.mapping.FieldValue;
import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A store product as Tryton gets it: one product template with a variant per variation. The template's list price
 * is the store's price without tax ({@link io.cloudsync.hub.model.Prices#taxExcluded()}) of the product as the shop
 * shows it (its default variation's): Tryton 6.0 keeps one list price per template. {@code reference} is the
 * product's own reference: the code of its only variant before it had combinations, so the template is found again
 * when they come. {@code problems} names the variations Tryton cannot get (no SKU, a SKU twice); the others go on.
 * {@code fields} are the template fields the mapping file adds; the file may also set the name and list price.
 */
public record MappedTemplate(String storeId, String reference, String name, BigDecimal listPrice, boolean active,
                             List<MappedVariant> variants, List<String> problems, Map<String, FieldValue> fields) {

    public MappedTemplate {
        variants = List.copyOf(variants);
        problems = List.copyOf(problems);
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    public MappedTemplate(String storeId, String reference, String name, BigDecimal listPrice, boolean active,
                          List<MappedVariant> variants, List<String> problems) {
        this(storeId, reference, name, listPrice, active, variants, problems, Map.of());
    }

    /** Without a mapping file: the hub's own fields. */
    public static MappedTemplate of(String storeId, Product product) {
        return of(storeId, product, TrytonMapping.standard());
    }

    public static MappedTemplate of(String storeId, Product product, TrytonMapping mapping) {
        List<MappedVariant> variants = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Variation variation : product.variations()) {
            String sku = variation.reference();
            if (sku.isEmpty()) {
                problems.add(describe(variation) + " has no SKU (reference): Tryton knows a variant by its code");
            } else if (!seen.add(sku)) {
                problems.add(describe(variation) + " repeats SKU " + sku + " of another variation");
            } else {
                variants.add(new MappedVariant(sku, variation.wholesalePrice(),
                        mapping.variantValues(product, variation)));
            }
        }
        return new MappedTemplate(storeId, product.reference(), mapping.name(product), mapping.listPrice(product),
                product.active(), variants, problems, mapping.templateValues(product));
    }

    public List<String> skus() {
        return variants.stream().map(MappedVariant::sku).toList();
    }

    /** The codes to look up: the SKUs, and the product's reference. */
    public Set<String> codes() {
        Set<String> codes = new java.util.LinkedHashSet<>(skus());
        if (!reference.isEmpty()) {
            codes.add(reference);
        }
        return codes;
    }

    /** The SKU that names the product in a dead letter: its first variation's. */
    public String sku() {
        return variants.isEmpty() ? "" : variants.get(0).sku();
    }

    private static String describe(Variation variation) {
        if (variation.combinationId() == 0) {
            return "the product";
        }
        String options = variation.attributes().stream().map(Variation.Attribute::value)
                .collect(Collectors.joining(" "));
        return "combination " + variation.combinationId() + (options.isEmpty() ? "" : " (" + options + ")");
    }
}

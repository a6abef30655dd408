package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between what MarketSync last accepted and the product as it is now, split the way MarketSync
 * takes changes: the changed product columns a PUT may carry ({@code updatableColumns}, only the seed's 21),
 * the changed columns it cannot follow ({@code nonUpdatableColumns}, e.g. {@code categoria_id}, for the hub to
 * record), changed, new and removed variations, stock per variation SKU and prices per market. Values compare
 * leniently: {@code "12"} equals {@code 12}, {@code "599.0000"} equals {@code 599}, and empty equals absent. A long
 * value the ledger kept as a {@link Fingerprint} is the same when the current value has that fingerprint.
 *
 * @param create            nothing was ever accepted: the product must be created (all variations are new)
 * @param updatableColumns  column → new value, in the column table's order
 * @param nonUpdatableColumns column → new value of columns MarketSync does not let a PUT change
 * @param stock             variation SKU → new stock, for new variations and those whose stock changed
 * @param prices            markets whose prices are new or changed
 */
public record ProductDiff(
        boolean create,
        Map<String, Object> updatableColumns,
        Map<String, Object> nonUpdatableColumns,
        List<VariationChange> changedVariations,
        List<VariationColumns> newVariations,
        List<String> removedVariations,
        Map<String, Integer> stock,
        List<MarketPrice> prices) {

    public ProductDiff {
        updatableColumns = Collections.unmodifiableMap(new LinkedHashMap<>(updatableColumns));
        nonUpdatableColumns = Collections.unmodifiableMap(new LinkedHashMap<>(nonUpdatableColumns));
        changedVariations = List.copyOf(changedVariations);
        newVariations = List.copyOf(newVariations);
        removedVariations = List.copyOf(removedVariations);
        stock = Collections.unmodifiableMap(new LinkedHashMap<>(stock));
        prices = List.copyOf(prices);
    }

    /**
     * A variation whose columns (other than stock) changed.
     *
     * @param changedColumns column → new value
     * @param variation      the variation as it is now
     */
    public record VariationChange(String sku, Map<String, Object> changedColumns, VariationColumns variation) {

        public VariationChange {
            changedColumns = Collections.unmodifiableMap(new LinkedHashMap<>(changedColumns));
        }
    }

    public static ProductDiff between(AcceptedProduct accepted, MappedProduct current) {
        Map<String, Object> updatable = new LinkedHashMap<>();
        Map<String, Object> notUpdatable = new LinkedHashMap<>();
        boolean create = !accepted.exists();
        if (!create) {
            Map<String, Object> now = current.product().asMap();
            for (ColumnSpec column : MarketSyncColumns.PRODUCT) {
                String name = column.name();
                if (!same(accepted.columns().get(name), now.get(name))) {
                    (MarketSyncColumns.UPDATABLE.contains(name) ? updatable : notUpdatable).put(name, now.get(name));
                }
            }
        }
        List<VariationChange> changed = new ArrayList<>();
        List<VariationColumns> added = new ArrayList<>();
        Map<String, Integer> stock = new LinkedHashMap<>();
        Set<String> currentSkus = new HashSet<>();
        for (VariationColumns variation : current.variations()) {
            currentSkus.add(variation.sku());
            Map<String, Object> before = create ? null : accepted.variations().get(variation.sku());
            if (before == null) {
                added.add(variation);
            } else {
                Map<String, Object> changedColumns = new LinkedHashMap<>();
                variation.withoutStock().forEach((name, value) -> {
                    if (!same(before.get(name), value)) {
                        changedColumns.put(name, value);
                    }
                });
                if (!changedColumns.isEmpty()) {
                    changed.add(new VariationChange(variation.sku(), changedColumns, variation));
                }
            }
            Integer stockBefore = create ? null : accepted.stock().get(variation.sku());
            if (stockBefore == null || stockBefore != variation.stock()) {
                stock.put(variation.sku(), variation.stock());
            }
        }
        List<String> removed = create ? List.of() : accepted.variations().keySet().stream()
                .filter(sku -> !currentSkus.contains(sku)).toList();
        List<MarketPrice> prices = new ArrayList<>();
        for (MarketPrice price : current.prices()) {
            MarketPrice before = create ? null : accepted.prices().get(price.marketId());
            if (before == null || before.precio().compareTo(price.precio()) != 0
                    || before.oferta().compareTo(price.oferta()) != 0) {
                prices.add(price);
            }
        }
        return new ProductDiff(create, updatable, notUpdatable, changed, added, removed, stock, prices);
    }

    /** Nothing to send. */
    public boolean isEmpty() {
        return !create && updatableColumns.isEmpty() && nonUpdatableColumns.isEmpty() && changedVariations.isEmpty()
                && newVariations.isEmpty() && removedVariations.isEmpty() && stock.isEmpty() && prices.isEmpty();
    }

    static boolean same(Object before, Object now) {
        if (before instanceof Fingerprint fingerprint) {
            return fingerprint.matches(now);
        }
        if (NormalisedJson.isPlain(before) && NormalisedJson.isPlain(now)) {
            return PlainValues.same(before, now);
        }
        return same(NormalisedJson.tree(before), NormalisedJson.tree(now));
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = isEmpty(a);
        boolean bEmpty = isEmpty(b);
        if (aEmpty || bEmpty) {
            return aEmpty && bEmpty;
        }
        if (a.isNumber() || b.isNumber()) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        if (a.isArray() && b.isArray()) {
            return sameElements(a, b);
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new HashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            return names.stream().allMatch(name -> same(a.get(name), b.get(name)));
        }
        return a.isValueNode() && b.isValueNode() && a.asText().equals(b.asText());
    }

    /** Arrays (attribute lists) compare as multisets: their order carries no meaning for MarketSync. */
    private static boolean sameElements(JsonNode a, JsonNode b) {
        return a.size() == b.size() && PlainValues.<JsonNode>sameElements(a, b, ProductDiff::same);
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isTextual() && node.asText().isEmpty());
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}

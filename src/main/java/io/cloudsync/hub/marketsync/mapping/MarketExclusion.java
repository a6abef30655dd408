package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.Product;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Store products kept off one marketplace (the mapping file's {@code exclude} section): those in any of
 * {@code categories} (their default category or any other they are in) and those listed in {@code products}, by
 * store ids. The hub suspends them there and never publishes them there.
 */
public record MarketExclusion(Set<Long> categories, Set<Long> products) {

    static final List<String> KEYS = List.of("categories", "products");

    public MarketExclusion {
        categories = Collections.unmodifiableSet(new TreeSet<>(categories));
        products = Collections.unmodifiableSet(new TreeSet<>(products));
    }

    public boolean excludes(Product product) {
        return products.contains(product.id()) || categories.contains(product.defaultCategoryId())
                || product.categoryIds().stream().anyMatch(categories::contains);
    }

    /** Reads one market's entry ({@code categories: [..], products: [..]}); problems go to {@code problem(path, text)}. */
    static MarketExclusion read(JsonNode node, String path, BiConsumer<String, String> problem) {
        node.fieldNames().forEachRemaining(name -> {
            if (!KEYS.contains(name)) {
                problem.accept(path + "." + name, "is not a known key in " + path + "; known keys: "
                        + String.join(", ", KEYS));
            }
        });
        return new MarketExclusion(ids(node.get("categories"), path + ".categories", "store category", problem),
                ids(node.get("products"), path + ".products", "store product", problem));
    }

    private static Set<Long> ids(JsonNode list, String path, String meaning, BiConsumer<String, String> problem) {
        Set<Long> ids = new TreeSet<>();
        if (list == null || list.isNull()) {
            return ids;
        }
        if (!list.isArray()) {
            problem.accept(path, "must be a list of " + meaning + " ids, e.g. [20, 21]");
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            Long id = whole(list.get(i).asText());
            if (id == null || id < 1 || list.get(i).isContainerNode()) {
                problem.accept(path + "[" + i + "]", "'" + list.get(i).asText() + "' is not a " + meaning
                        + " id (a whole number above 0)");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Long whole(String text) {
        try {
            BigInteger value = new BigInteger(text.trim());
            return value.bitLength() < 63 ? value.longValue() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Finds the products an item or a GET names: {@code product_id} in a body, {@code ids}/{@code skus}/… filters. */
final class ProductLookup {

    static final int DEFAULT_LIMIT = 250;
    static final int MAX_LIMIT = 1000;

    private ProductLookup() {
    }

    /** The product of an item's {@code product_id}, when it is a number naming one. */
    static Optional<Product> of(JsonNode item, ProductStore store) {
        JsonNode id = item.path("product_id");
        if (id.canConvertToLong() && id.isIntegralNumber()) {
            return store.byId(id.asLong());
        }
        if (id.isTextual() && id.asText().trim().matches("\\d{1,18}")) {
            return store.byId(Long.parseLong(id.asText().trim()));
        }
        return Optional.empty();
    }

    /**
     * The products a GET asks for: {@code ids} and {@code skus} (comma-separated), {@code model} and {@code brand}
     * (exact, one each), {@code name} (contains, case-insensitive), then {@code offset} and {@code limit}; id order.
     */
    static List<Product> find(ApiRequest request, ProductStore store, boolean withTextFilters) {
        List<Long> ids = request.idsParam("ids");
        List<String> skus = request.listParam("skus");
        int limit = request.intParam("limit", DEFAULT_LIMIT, MAX_LIMIT);
        int offset = request.intParam("offset", 0, Integer.MAX_VALUE);
        Stream<Product> candidates;
        if (ids.isEmpty() && skus.isEmpty()) {
            candidates = store.all().stream();
        } else {
            Set<Product> named = new LinkedHashSet<>();
            ids.forEach(id -> store.byId(id).ifPresent(named::add));
            skus.forEach(sku -> store.bySku(sku).ifPresent(named::add));
            List<Product> sorted = new ArrayList<>(named);
            sorted.sort(Comparator.comparingLong(Product::id));
            candidates = sorted.stream();
        }
        if (withTextFilters) {
            candidates = candidates.filter(textFilters(request));
        }
        List<Product> found = candidates.skip(offset).limit(limit).toList();
        found.forEach(p -> request.touch(p.sku()));
        return found;
    }

    private static Predicate<Product> textFilters(ApiRequest request) {
        Predicate<Product> filter = p -> true;
        Optional<String> model = request.param("model");
        Optional<String> brand = request.param("brand");
        Optional<String> name = request.param("name").map(n -> n.toLowerCase(Locale.ROOT));
        if (model.isPresent()) {
            filter = filter.and(p -> p.columns().text(ProductColumn.MODELO).equalsIgnoreCase(model.get()));
        }
        if (brand.isPresent()) {
            filter = filter.and(p -> p.columns().text(ProductColumn.MARCA).equalsIgnoreCase(brand.get()));
        }
        if (name.isPresent()) {
            filter = filter.and(p -> p.columns().text(ProductColumn.NOMBRE).toLowerCase(Locale.ROOT)
                    .contains(name.get()));
        }
        return filter;
    }
}

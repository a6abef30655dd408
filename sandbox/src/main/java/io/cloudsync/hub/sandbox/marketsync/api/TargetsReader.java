package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.RequestTargets;
import io.cloudsync.hub.sandbox.marketsync.RequestTargets.ProductMarket;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.store.ProductStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The product ids and product–marketplace pairs a request touched, for the request log. */
final class TargetsReader {

    private TargetsReader() {
    }

    /** From the body's items ({@code product_id}, {@code market_id}) and the SKUs the request named. */
    static RequestTargets of(JsonNode body, List<String> skus, ProductStore store) {
        Set<Long> ids = new LinkedHashSet<>();
        List<ProductMarket> pairs = new ArrayList<>();
        if (body != null) {
            for (JsonNode item : body.isArray() ? body : List.of(body)) {
                Optional<Long> productId = number(item.path("product_id"));
                productId.ifPresent(ids::add);
                Optional<Long> marketId = number(item.path("market_id"));
                if (productId.isPresent() && marketId.isPresent()) {
                    pairs.add(new ProductMarket(productId.get(), marketId.get().intValue()));
                }
            }
        }
        for (String sku : skus) {
            store.bySku(sku).or(() -> store.ofVariation(sku)).map(Product::id).ifPresent(ids::add);
        }
        return ids.isEmpty() && pairs.isEmpty() ? RequestTargets.NONE
                : new RequestTargets(List.copyOf(ids), pairs);
    }

    private static Optional<Long> number(JsonNode value) {
        if (value.isIntegralNumber()) {
            return Optional.of(value.asLong());
        }
        if (value.isTextual() && value.asText().trim().matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(value.asText().trim()));
        }
        return Optional.empty();
    }
}

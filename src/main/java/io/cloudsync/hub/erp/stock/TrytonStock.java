package io.cloudsync.hub.erp.stock;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonCalls;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Tryton's stock of a batch of SKUs in the warehouse of {@code hub.erp.tryton.warehouse}, in two reads whatever the
 * batch's size: the products by code with their quantity on hand in the warehouse (context {@code locations}), and
 * their outgoing moves not done yet (from inside the warehouse to outside it, draft or assigned). SKUs Tryton does
 * not know (or holds inactive) are absent from the answer.
 */
public final class TrytonStock {

    private static final List<String> PLANNED = List.of("draft", "assigned");

    private final TrytonCalls tryton;
    private final TrytonReferences references;

    public TrytonStock(TrytonCalls tryton, TrytonReferences references) {
        this.tryton = tryton;
        this.references = references;
    }

    /** The available quantity ({@link Availability}) of each SKU Tryton knows, by SKU. */
    public Map<String, TrytonAvailable> available(Collection<String> skus) {
        Map<String, TrytonAvailable> found = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        long warehouse = references.warehouse();
        JsonNode products = tryton.call(TrytonCall.model("product.product", "search_read",
                Map.of("locations", List.of(warehouse)), List.of(List.of("code", "in", new ArrayList<>(
                        new LinkedHashSet<>(skus)))), 0, null, null, List.of("code", "quantity")));
        Map<Long, Double> promised = promisedOut(products, warehouse);
        for (JsonNode product : products) {
            long id = product.path("id").asLong();
            String sku = product.path("code").asText();
            found.put(sku, new TrytonAvailable(sku, id, Availability.of(product.path("quantity").asDouble(0),
                    promised.getOrDefault(id, 0.0))));
        }
        return found;
    }

    /** The purchase order points of the given Tryton products in the warehouse, by product id. */
    public Map<Long, OrderPoint> orderPoints(Collection<Long> trytonProducts) {
        Map<Long, OrderPoint> points = new HashMap<>();
        if (trytonProducts.isEmpty()) {
            return points;
        }
        JsonNode rows = tryton.call(TrytonCall.model("stock.order_point", "search_read",
                List.of(List.of("product", "in", List.copyOf(trytonProducts)), List.of("type", "=", "purchase"),
                        List.of("warehouse_location", "=", references.warehouse())),
                0, null, null, List.of("product", "min_quantity", "target_quantity")));
        for (JsonNode row : rows) {
            points.put(TrytonValues.id(row.get("product")), new OrderPoint(
                    (int) Math.ceil(row.path("min_quantity").asDouble(0)),
                    (int) Math.ceil(row.path("target_quantity").asDouble(0))));
        }
        return points;
    }

    /** Per product, the quantity (in its default unit) of its moves out of the warehouse not done yet. */
    private Map<Long, Double> promisedOut(JsonNode products, long warehouse) {
        Map<Long, Double> promised = new HashMap<>();
        if (products.isEmpty()) {
            return promised;
        }
        List<Long> ids = new ArrayList<>();
        products.forEach(product -> ids.add(product.path("id").asLong()));
        // child_of on a Many2One needs the parent field named (4th item), else Tryton fails with an IndexError
        JsonNode moves = tryton.call(TrytonCall.model("stock.move", "search_read", List.of(
                List.of("product", "in", ids),
                List.of("from_location", "child_of", List.of(warehouse), "parent"),
                List.of("to_location", "not child_of", List.of(warehouse), "parent"),
                List.of("state", "in", PLANNED)), 0, null, null, List.of("product", "internal_quantity")));
        for (JsonNode move : moves) {
            promised.merge(TrytonValues.id(move.get("product")), move.path("internal_quantity").asDouble(0),
                    Double::sum);
        }
        return promised;
    }
}

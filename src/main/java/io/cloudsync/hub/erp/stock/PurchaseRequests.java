package io.cloudsync.hub.erp.stock;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonCalls;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import io.cloudsync.hub.erp.tryton.TrytonValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raises the purchase request of a shortage in Tryton exactly once: an explicit {@code purchase.request} (origin
 * left empty, so that Tryton's supply run never deletes it) whose description is the hub's marker naming the
 * decision row. Before creating, the request with that marker is looked up: a hub stopped between Tryton's answer
 * and its own bookkeeping finds it instead of making a second one.
 */
public final class PurchaseRequests {

    private final TrytonCalls tryton;
    private final TrytonReferences references;
    private final Clock clock;

    public PurchaseRequests(TrytonCalls tryton, TrytonReferences references, Clock clock) {
        this.tryton = tryton;
        this.references = references;
        this.clock = clock;
    }

    /** What the request's description says: the hub and its decision row. */
    public static String marker(long decisionId, String sku) {
        return "cloudsync-hub inventory decision " + decisionId + " (" + sku + ")";
    }

    /**
     * Of the given requests, those that will bring nothing: deleted, or cancelled ({@code cancelled}, or
     * {@code exception}: its purchase was cancelled).
     */
    public Set<Long> gone(Collection<Long> requestIds) {
        Set<Long> gone = new HashSet<>(requestIds);
        if (requestIds.isEmpty()) {
            return gone;
        }
        JsonNode rows = tryton.call(TrytonCall.model("purchase.request", "search_read",
                List.of(List.of("id", "in", List.copyOf(requestIds))), 0, null, null, List.of("state")));
        for (JsonNode row : rows) {
            String state = row.path("state").asText();
            if (!state.equals("cancelled") && !state.equals("exception")) {
                gone.remove(row.path("id").asLong());
            }
        }
        return gone;
    }

    /** The id of the shortage's purchase.request: the one already there, or a new one. */
    public long findOrCreate(InventoryStep step) {
        String marker = marker(step.decisionId(), step.sku());
        JsonNode found = tryton.call(TrytonCall.model("purchase.request", "search_read",
                List.of(List.of("product", "=", step.trytonProduct()), List.of("description", "=", marker)),
                0, 1, null, List.of("id")));
        if (!found.isEmpty()) {
            return found.get(0).path("id").asLong();
        }
        JsonNode product = tryton.call(TrytonCall.model("product.product", "read",
                List.of(step.trytonProduct()), List.of("default_uom"))).get(0);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("product", step.trytonProduct());
        request.put("quantity", (double) step.quantity());
        request.put("uom", TrytonValues.id(product.get("default_uom")));
        request.put("warehouse", references.warehouse());
        request.put("company", references.company());
        request.put("purchase_date", TrytonValues.date(LocalDate.now(clock)));
        request.put("description", marker);
        references.supplier().ifPresent(supplier -> request.put("party", supplier));
        return tryton.call(TrytonCall.model("purchase.request", "create", List.of(request))).get(0).asLong();
    }
}

package io.cloudsync.hub.api;

import io.cloudsync.hub.erp.stock.InventoryDecision;
import io.cloudsync.hub.erp.stock.InventoryDecisions;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /v1/admin/inventory} ({@code routes/api-admin.camel.yaml}): the inventory automation's decisions,
 * newest first, as the other admin lists page them (a limit); optionally one SKU's, or only the open shortages.
 */
public final class InventoryApi {

    static final int DEFAULT_LIMIT = 100;

    private final InventoryDecisions decisions;

    public InventoryApi(InventoryDecisions decisions) {
        this.decisions = decisions;
    }

    public record DecisionList(List<InventoryDecision> decisions, int count, long openShortages) {
    }

    public DecisionList list(String sku, String status, String limit) {
        boolean openOnly = switch (status == null || status.isBlank() ? "all" : status.trim().toLowerCase(Locale.ROOT)) {
            case "all" -> false;
            case "open" -> true;
            default -> throw ApiException.invalidParameter("status", "status must be open or all");
        };
        List<InventoryDecision> found = decisions.newest(limit(limit),
                sku == null || sku.isBlank() ? null : sku.trim(), openOnly);
        return new DecisionList(found, found.size(), decisions.countOpen());
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= AdminApi.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter("limit", "limit must be a whole number from 1 to " + AdminApi.MAX_LIMIT);
    }
}

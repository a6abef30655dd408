package io.cloudsync.hub.sandbox.marketsync;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator received on {@code /api}. {@code params} are the call's own query parameters (never
 * token, timestamp, version or signature); {@code skus} the SKUs the request named (parent SKUs for productos,
 * precios and the publication actions, seller SKUs for variacion and stock, the SKUs returned for a GET);
 * {@code columns} the column names of each body item, in the order sent; {@code status} 0 when the connection
 * was dropped without an answer; {@code error} the refusal text, {@code null} on success; {@code targets} the
 * product ids and product–marketplace pairs it touched.
 */
public record LoggedRequest(long seq, Instant at, String verb, String controller, String section, int status,
                            Map<String, String> params, List<String> skus, List<List<String>> columns, String error,
                            long micros, RequestTargets targets) {

    public LoggedRequest {
        params = Map.copyOf(params);
        skus = List.copyOf(skus);
        columns = List.copyOf(columns);
    }

    /** Whether the request touched the product: by id, or by one of {@code skus} (its SKU and its variations'). */
    public boolean touches(long productId, java.util.Collection<String> productSkus) {
        return targets.productIds().contains(productId) || skus.stream().anyMatch(productSkus::contains);
    }

    /** {@code productos} or {@code productos/publicar}. */
    public String path() {
        return section.isEmpty() ? controller : controller + "/" + section;
    }
}

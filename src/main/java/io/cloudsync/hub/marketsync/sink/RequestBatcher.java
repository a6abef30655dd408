package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Packs items into calls of at most {@code maxItems} items and under {@code maxBytes} of JSON (MarketSync's
 * integrator guide: 100 items per call; payloads under 1 MB). An item that alone exceeds the size still gets a
 * call of its own: MarketSync's answer then names it.
 */
public final class RequestBatcher {

    private final int maxItems;
    private final int maxBytes;
    private final ObjectMapper json;

    public RequestBatcher(int maxItems, int maxBytes, ObjectMapper json) {
        if (maxItems < 1 || maxBytes < 64) {
            throw new IllegalArgumentException("batches need at least one item and 64 bytes");
        }
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
        this.json = json;
    }

    public List<SinkRequest> batches(MarketSyncRun run, RequestKind kind, List<SinkRequest.Item> items) {
        List<SinkRequest> requests = new ArrayList<>();
        List<SinkRequest.Item> current = new ArrayList<>();
        int bytes = 2;
        for (SinkRequest.Item item : items) {
            int size = size(item.body()) + 1;
            if (!current.isEmpty() && (current.size() == maxItems || bytes + size > maxBytes)) {
                requests.add(new SinkRequest(run, kind, Map.of(), current));
                current = new ArrayList<>();
                bytes = 2;
            }
            current.add(item);
            bytes += size;
        }
        if (!current.isEmpty()) {
            requests.add(new SinkRequest(run, kind, Map.of(), current));
        }
        return requests;
    }

    /** Look-ups by SKU: the SKUs travel in the query string, {@code maxItems} at a time. */
    public List<SinkRequest> lookups(MarketSyncRun run, List<ProductPlan> plans) {
        List<SinkRequest> requests = new ArrayList<>();
        for (int from = 0; from < plans.size(); from += maxItems) {
            List<ProductPlan> chunk = plans.subList(from, Math.min(plans.size(), from + maxItems));
            String skus = String.join(",", chunk.stream().map(ProductPlan::sku).toList());
            requests.add(new SinkRequest(run, RequestKind.LOOKUP, Map.of("skus", skus, "limit",
                    Integer.toString(chunk.size())), chunk.stream().map(p -> new SinkRequest.Item(p, null)).toList()));
        }
        return requests;
    }

    public String body(SinkRequest request) {
        try {
            return json.writeValueAsString(request.items().stream().map(SinkRequest.Item::body).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a MarketSync request cannot be written as JSON", e);
        }
    }

    private int size(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a MarketSync item cannot be written as JSON", e);
        }
    }
}

package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Packs items into calls of at most {@code maxItems} items and under {@code maxBytes} of JSON (MarketSync's
 * integrator guide: 100 items per call; payloads under 1 MB). An item that alone exceeds the size still gets a
 * call of its own: MarketSync's answer then names it. Each item is written to JSON once, here; a call's body
 * joins the items' JSON.
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
        for (SinkRequest.Item unwritten : items) {
            SinkRequest.Item item = unwritten.json() == null ? unwritten.withJson(write(unwritten.body())) : unwritten;
            int size = utf8Length(item.json()) + 1;
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

    /**
     * The call's JSON array: {@code [}, the items' JSON joined by {@code ,}, {@code ]} (what Jackson writes for
     * the list of bodies).
     */
    public String body(SinkRequest request) {
        List<SinkRequest.Item> items = request.items();
        List<String> written = new ArrayList<>(items.size());
        int length = 2 + Math.max(0, items.size() - 1);
        for (SinkRequest.Item item : items) {
            String json = item.json() == null ? write(item.body()) : item.json();
            written.add(json);
            length += json.length();
        }
        StringBuilder body = new StringBuilder(length).append('[');
        for (int i = 0; i < written.size(); i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(written.get(i));
        }
        return body.append(']').toString();
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a MarketSync item cannot be written as JSON", e);
        }
    }

    /** The length of the text in UTF-8 (as {@code getBytes(UTF_8).length}, a lone surrogate counting as '?'). */
    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}

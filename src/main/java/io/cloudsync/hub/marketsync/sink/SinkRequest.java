package io.cloudsync.hub.marketsync.sink;

import java.util.List;
import java.util.Map;

/**
 * One call to MarketSync: at most {@code hub.marketsync.batch-size} items and under the size limit. Each item
 * carries the product it belongs to, so the run knows whose change was accepted or refused. A look-up has no
 * body: its SKUs go in the query. {@code run} is the delivery run that made it and takes its outcome.
 */
public record SinkRequest(MarketSyncRun run, RequestKind kind, Map<String, String> params, List<Item> items) {

    public SinkRequest {
        params = Map.copyOf(params);
        items = List.copyOf(items);
    }

    /**
     * An item of the call: its JSON object (null for a look-up) and the product it is for. {@code json} is that
     * object written once by {@link RequestBatcher} (null until then): the batch's size and body, and the halves
     * of a refused batch, all reuse it.
     */
    public record Item(ProductPlan plan, Map<String, Object> body, String json) {

        public Item(ProductPlan plan, Map<String, Object> body) {
            this(plan, body, null);
        }

        Item withJson(String written) {
            return new Item(plan, body, written);
        }
    }

    public boolean hasBody() {
        return kind != RequestKind.LOOKUP;
    }

    /** The same call with part of its items: how a refused batch is split to find the item at fault. */
    public SinkRequest withItems(List<Item> part) {
        return new SinkRequest(run, kind, params, part);
    }

    public int size() {
        return items.size();
    }

    @Override
    public String toString() {
        return kind.verb() + " " + kind.controller() + " (" + items.size() + " items)";
    }
}

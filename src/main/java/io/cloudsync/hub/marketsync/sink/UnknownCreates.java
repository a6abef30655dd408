package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import java.util.List;

/**
 * Creates whose outcome is unknown are never posted again blind. A {@code POST productos} that timed out, lost
 * its connection, got a 5xx or an unreadable answer may have been committed, and a MarketSync that does not refuse
 * a SKU it already holds would then get the product twice. So before a create call is tried again, the SKUs of
 * its products whose outcome is unknown are looked up ({@code GET productos?skus=}): a product found was created —
 * its id goes to the ledger and it goes on as an update (sent whole); one not found is posted again. This holds
 * for a batch and for the halves of a refused batch alike: the state is kept per product.
 */
final class UnknownCreates {

    private final MarketSyncClient client;
    private final RequestBatcher batcher;

    UnknownCreates(MarketSyncClient client, RequestBatcher batcher) {
        this.client = client;
        this.batcher = batcher;
    }

    /** The create call to send now: the products MarketSync is known not to have (none: nothing to send). */
    SinkRequest settle(SinkRequest create) {
        MarketSyncRun run = create.run();
        List<ProductPlan> unknown = create.items().stream().map(SinkRequest.Item::plan)
                .filter(ProductPlan::createOutcomeIsUnknown).toList();
        for (SinkRequest lookup : batcher.lookups(run, unknown)) {
            JsonNode answer = client.send(lookup.kind().verb(), lookup.kind().controller(), lookup.params(), null);
            run.accepted(lookup, answer);
            for (SinkRequest.Item item : lookup.items()) {
                ProductPlan plan = item.plan();
                plan.createOutcomeSettled();
                if (plan.remoteId() != null) {
                    run.foundAfterUnknownCreate(plan);
                }
            }
        }
        return create.withItems(create.items().stream().filter(item -> item.plan().needsCreate()).toList());
    }

    /** The create call failed without a refusal: its products may be in MarketSync now. */
    static void outcomeUnknown(SinkRequest create) {
        create.items().forEach(item -> item.plan().createOutcomeUnknown());
    }
}

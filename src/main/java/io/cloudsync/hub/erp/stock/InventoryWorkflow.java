package io.cloudsync.hub.erp.stock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.store.StoreStockWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Bean {@code erpInventory} ({@code routes/erp-tryton-inventory.camel.yaml}): the low-stock workflow. A run walks
 * the mirrored catalogue a page at a time; for the page's SKUs it asks Tryton their available quantity and order
 * points, reads the open shortages, and decides each line ({@link ReplenishmentRule}). A shortage is recorded
 * before its purchase request is raised ({@link #request}); a store write is recorded once done ({@link #writeStore}).
 */
public final class InventoryWorkflow {

    private final MirroredStock mirrored;
    private final TrytonStock tryton;
    private final PurchaseRequests requests;
    private final InventoryDecisions decisions;
    private final StoreStockWriter store;
    private final ObjectMapper json;
    private final int threshold;
    private final int batchSize;

    public InventoryWorkflow(MirroredStock mirrored, TrytonStock tryton, PurchaseRequests requests,
                             InventoryDecisions decisions, StoreStockWriter store, ObjectMapper json, int threshold,
                             int batchSize) {
        this.mirrored = mirrored;
        this.tryton = tryton;
        this.requests = requests;
        this.decisions = decisions;
        this.store = store;
        this.json = json;
        this.threshold = threshold;
        this.batchSize = batchSize;
    }

    public InventoryRun start() {
        return new InventoryRun();
    }

    /** Shortages recorded whose purchase request Tryton may not have yet: raised (or found) first in every run. */
    public List<InventoryStep> pendingRequests() {
        return decisions.requestsPending().stream().map(d -> new InventoryStep(d.id(), d.action(), d.sku(),
                d.productId(), d.combinationId(), d.storeQuantity(), d.threshold(), d.trytonAvailable(), d.quantity(),
                d.trytonProduct())).toList();
    }

    /** The steps of the next page; its shortages are already recorded (their requests still to raise). */
    public List<InventoryStep> next(InventoryRun run) {
        MirroredStock.Page page = mirrored.next(run.after(), batchSize);
        List<String> skus = page.lines().stream().map(StoreSkuLine::sku).toList();
        Map<String, TrytonAvailable> available = tryton.available(skus);
        Map<Long, OrderPoint> orderPoints = tryton.orderPoints(available.values().stream()
                .map(TrytonAvailable::trytonProduct).toList());
        Map<String, InventoryDecision> open = new HashMap<>(decisions.openShortages(available.keySet()));
        closeCancelled(open, page.lines(), available, run);
        Map<String, InventoryDecision> written = decisions.lastStoreWrites(available.keySet());
        List<InventoryStep> steps = new ArrayList<>();
        int unknown = 0;
        for (StoreSkuLine line : page.lines()) {
            TrytonAvailable truth = available.get(line.sku());
            if (truth == null) {
                unknown++;
                continue;
            }
            ReplenishmentRule.Decision decision = ReplenishmentRule.decide(line.storeQuantity(), truth.available(),
                    threshold, orderPoints.get(truth.trytonProduct()), open.containsKey(line.sku()));
            if (decision.action() == ReplenishmentRule.Action.NONE
                    || notReadYet(written.get(line.sku()), line, decision)) {
                continue;
            }
            run.decided(decision.action());
            InventoryStep step = new InventoryStep(0, decision.action().label(), line.sku(), line.productId(),
                    line.combinationId(), line.storeQuantity(), decision.threshold(), truth.available(),
                    decision.quantity(), truth.trytonProduct());
            steps.add(step.writesStore() ? step : decisions.open(step));
        }
        run.paged(page, unknown);
        return steps;
    }

    /**
     * Closes the shortages whose request Tryton cancelled or deleted (decision request-cancelled): the line is then
     * decided afresh, and may get a new request.
     */
    private void closeCancelled(Map<String, InventoryDecision> open, List<StoreSkuLine> lines,
                                Map<String, TrytonAvailable> available, InventoryRun run) {
        Set<Long> gone = requests.gone(open.values().stream().map(InventoryDecision::trytonId)
                .filter(Objects::nonNull).toList());
        for (StoreSkuLine line : lines) {
            InventoryDecision shortage = open.get(line.sku());
            if (shortage != null && shortage.trytonId() != null && gone.contains(shortage.trytonId())) {
                TrytonAvailable truth = available.get(line.sku());
                decisions.stored(new InventoryStep(shortage.id(), ReplenishmentRule.Action.REQUEST_CANCELLED.label(),
                        line.sku(), line.productId(), line.combinationId(), line.storeQuantity(), shortage.threshold(),
                        truth.available(), 0, truth.trytonProduct()));
                open.remove(line.sku());
                run.decided(ReplenishmentRule.Action.REQUEST_CANCELLED);
            }
        }
    }

    /**
     * Whether the store write this decision asks for is the last one made, which the stock poll has not read back
     * yet (the snapshot line is older than it): the store already shows that quantity.
     */
    static boolean notReadYet(InventoryDecision lastWrite, StoreSkuLine line, ReplenishmentRule.Decision decision) {
        return decision.action() != ReplenishmentRule.Action.PURCHASE_REQUESTED && lastWrite != null
                && lastWrite.quantity() == decision.quantity() && line.readAt() != null
                && line.readAt().isBefore(lastWrite.decidedAt());
    }

    /** Raises (or finds) a shortage's purchase request and records its id; what was done, for the log. */
    public String request(Object body) {
        InventoryStep step = step(body);
        long request = requests.findOrCreate(step);
        decisions.requested(step.decisionId(), request);
        return step.sku() + " purchase-requested: " + step.quantity() + " units (store " + step.storeQuantity()
                + ", threshold " + step.threshold() + ", Tryton available " + step.available() + "), purchase.request "
                + request + ", decision " + step.decisionId();
    }

    /**
     * Writes a line's new quantity to the store, then records the decision (a received one closes its shortage);
     * what was done, for the log. A replayed dead letter writes Tryton's available quantity as it is now.
     */
    public String writeStore(Object body) {
        InventoryStep step = step(body);
        if (!(body instanceof InventoryStep)) {
            // a replayed dead letter: Tryton's figure now, the failed run's may be old
            TrytonAvailable now = tryton.available(List.of(step.sku())).get(step.sku());
            if (now == null) {
                return step.sku() + " left alone: Tryton no longer knows it";
            }
            step = new InventoryStep(step.decisionId(), step.action(), step.sku(), step.productId(),
                    step.combinationId(), step.storeQuantity(), step.threshold(), now.available(), now.available(),
                    step.trytonProduct());
        }
        store.write(step.productId(), step.combinationId(), step.quantity());
        long decision = decisions.stored(step);
        return step.sku() + " " + step.action() + ": store " + step.storeQuantity() + " -> " + step.quantity()
                + " (threshold " + step.threshold() + "), decision " + decision;
    }

    public boolean writesStore(Object body) {
        return step(body).writesStore();
    }

    /** The key of a shortage's purchase request for the route's idempotent consumer: its decision. */
    public String requestKey(Object body) {
        return "erp-tryton-inventory:decision-" + step(body).decisionId();
    }

    /** The SKU of a step: what names its dead letter. */
    public String sku(Object body) {
        return step(body).sku();
    }

    InventoryStep step(Object body) {
        if (body instanceof InventoryStep step) {
            return step;
        }
        try {
            return json.readValue(String.valueOf(body), InventoryStep.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an inventory step: " + e.getOriginalMessage(), e);
        }
    }
}

package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.sink.ProductPlan.Mode;
import io.cloudsync.hub.outbox.ChangeSet;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delivers one change set to MarketSync, stage by stage ({@link RequestKind} order). The route asks for the
 * next wave of calls ({@link #prepareNextWave}), sends them in parallel, and each call's outcome comes back
 * here: accepted (the ledger records it when the wave is over, in one transaction for the whole wave), refused (a
 * batch is split in two until the refused item is alone, and that product fails with MarketSync's reason), or
 * failed after its retries (its products fail and are dead-lettered for replay).
 * <p>
 * Recording a wave at its end rather than call by call is as safe: what a crash between an accepted call and its
 * record leaves unknown to the ledger is found again by the look-up by SKU before any create (a product MarketSync
 * has is sent whole with PUTs, its variations MarketSync has are updated, not posted), and stock and prices are
 * PUTs that may be sent twice. It saves a commit per call.
 */
public final class MarketSyncRun {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("io.cloudsync.hub.marketsync");

    private final ChangeSet changeSet;
    private final Map<String, Instant> countReadAt;
    private final List<ProductPlan> plans;
    private final RequestBatcher batcher;
    private final SinkLedger ledger;
    private final StageItems stageItems;
    private final Deque<RequestKind> stages = new ArrayDeque<>(Arrays.asList(RequestKind.values()));
    private final Deque<SinkRequest> pending = new ArrayDeque<>();
    private List<SinkRequest> wave = List.of();
    private int requestsSent;
    /** What MarketSync accepted in the current wave, by ledger sink, recorded when the wave is over. */
    private final Map<String, List<AcceptedItem>> unrecorded = new LinkedHashMap<>();

    MarketSyncRun(ChangeSet changeSet, List<ProductPlan> plans, RequestBatcher batcher, SinkLedger ledger) {
        this(changeSet, plans, batcher, ledger, Map.of());
    }

    MarketSyncRun(ChangeSet changeSet, List<ProductPlan> plans, RequestBatcher batcher, SinkLedger ledger,
                  Map<String, Instant> countReadAt) {
        this.changeSet = changeSet;
        this.countReadAt = Map.copyOf(countReadAt);
        this.plans = List.copyOf(plans);
        this.batcher = batcher;
        this.ledger = ledger;
        this.stageItems = new StageItems(this.plans, this::recordProduct);
    }

    public ChangeSet changeSet() {
        return changeSet;
    }

    /** Per variation SKU, when the store count its stock figure came from was read (see CutoffStockFigures). */
    public Map<String, Instant> countReadAt() {
        return countReadAt;
    }

    public List<ProductPlan> plans() {
        return plans;
    }

    /** Readies the next calls: split halves of a refused batch first, else the next stage with work. */
    public synchronized boolean prepareNextWave() {
        recordWave();
        while (pending.isEmpty() && !stages.isEmpty()) {
            pending.addAll(build(stages.poll()));
        }
        wave = new ArrayList<>(pending);
        pending.clear();
        requestsSent += wave.size();
        return !wave.isEmpty();
    }

    /** The calls of the wave just prepared; they may run in parallel. */
    public synchronized List<SinkRequest> wave() {
        return wave;
    }

    public synchronized int requestsSent() {
        return requestsSent;
    }

    /** Writes what the wave just over got accepted, in one transaction. */
    public synchronized void recordWave() {
        if (!unrecorded.isEmpty()) {
            ledger.recordAccepted(unrecorded);
            unrecorded.clear();
        }
    }

    private void record(String sink, List<AcceptedItem> items) {
        if (!items.isEmpty()) {
            synchronized (this) {
                unrecorded.computeIfAbsent(sink, k -> new ArrayList<>()).addAll(items);
            }
        }
    }

    private List<SinkRequest> build(RequestKind kind) {
        return switch (kind) {
            case LOOKUP -> batcher.lookups(this, plans.stream().filter(StageItems::needsLookup).toList());
            case CREATE -> items(kind, stageItems.creates());
            case UPDATE -> items(kind, stageItems.updates());
            case VARIATION_CREATE -> items(kind, stageItems.variationItems(true));
            case VARIATION_UPDATE -> items(kind, stageItems.variationItems(false));
            case VARIATION_DELETE -> items(kind, stageItems.removedVariations());
            case STOCK -> items(kind, stageItems.stockItems());
            case PRICES -> items(kind, stageItems.priceItems());
            case DELETE -> items(kind, stageItems.removals(false));
            case SELL_OUT -> items(kind, stageItems.removals(true));
            case SUSPEND -> items(kind, stageItems.publicationChanges(PublicationState.SUSPENDER));
            case PUBLISH -> items(kind, stageItems.publicationChanges(PublicationState.PUBLICAR));
        };
    }

    private List<SinkRequest> items(RequestKind kind, List<SinkRequest.Item> items) {
        return batcher.batches(this, kind, items);
    }

    // ---- outcomes ----------------------------------------------------------------------------------------

    /** MarketSync accepted the call: record what it now holds. */
    public void accepted(SinkRequest request, JsonNode answer) {
        switch (request.kind()) {
            case LOOKUP -> lookedUp(request, answer);
            case CREATE -> {
                created(request, answer);
                request.items().forEach(item -> reportCuts(item.plan()));
            }
            case UPDATE -> request.items().forEach(item -> {
                recordProduct(item.plan());
                reportCuts(item.plan());
            });
            case VARIATION_CREATE -> recordVariations(request, true);
            case VARIATION_UPDATE -> recordVariations(request, false);
            case VARIATION_DELETE -> forgetVariations(request);
            case STOCK -> recordStock(request);
            case PRICES -> recordPrices(request);
            case DELETE, SELL_OUT -> forgetProducts(request);
            case SUSPEND -> recordPublication(request, PublicationState.SUSPENDER);
            case PUBLISH -> recordPublication(request, PublicationState.PUBLICAR);
        }
    }

    /** MarketSync refused the call: split it to find the item at fault, or fail that item's product. */
    public void refused(SinkRequest request, String reason) {
        if (request.size() > 1) {
            int half = request.size() / 2;
            synchronized (this) {
                pending.add(request.withItems(request.items().subList(0, half)));
                pending.add(request.withItems(request.items().subList(half, request.size())));
            }
            return;
        }
        request.items().get(0).plan().fail(new ProductPlan.Failure(ProductRejectedException.class.getName(),
                "MarketSync refused " + request.kind().verb() + " " + request.kind().controller() + ": " + reason,
                request.kind().controller(), 1, false));
    }

    /**
     * The call kept failing (timeouts, 5xx, 429, an open circuit) through its retries. Products of a create that a
     * look-up between its tries found in MarketSync are not failed: they went on as updates.
     */
    public void failed(SinkRequest request, Throwable error, int attempts) {
        ProductPlan.Failure failure = new ProductPlan.Failure(error.getClass().getName(),
                request + " failed after " + attempts + " attempt(s): " + error.getMessage(),
                request.kind().controller(), attempts, false);
        request.items().stream().filter(item -> request.kind() != RequestKind.CREATE || item.plan().needsCreate())
                .forEach(item -> item.plan().fail(failure));
    }

    /** A product an unknown create did make, found by its SKU: its id goes to the ledger as a create's would. */
    void foundAfterUnknownCreate(ProductPlan plan) {
        recordProduct(plan);
    }

    private void lookedUp(SinkRequest request, JsonNode answer) {
        Map<String, JsonNode> bySku = new HashMap<>();
        for (JsonNode product : answer.isArray() ? answer : List.<JsonNode>of()) {
            bySku.put(product.path("sku").asText(), product);
        }
        for (SinkRequest.Item item : request.items()) {
            JsonNode found = bySku.get(item.plan().sku());
            if (found == null) {
                if (item.plan().mode() == Mode.REMOVE) {
                    forget(Set.of(item.plan().sku()));
                }
                item.plan().notFound();
                continue;
            }
            Set<String> variations = new HashSet<>();
            found.path("variaciones").forEach(v -> variations.add(v.path("sku").asText()));
            List<Long> markets = new ArrayList<>();
            found.path("markets").forEach(m -> markets.add(m.path("market_id").asLong()));
            item.plan().found(found.path("id").asText(), variations, markets, Publication.reportedIn(found));
            Set<Long> released = item.plan().publication().released();
            if (!released.isEmpty()) {
                ledger.forget(LedgerSinks.PUBLICATION, released.stream()
                        .map(market -> LedgerSinks.marketKey(item.plan().sku(), market)).toList());
            }
        }
    }

    private void created(SinkRequest request, JsonNode answer) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode product : answer.isArray() ? answer : List.<JsonNode>of()) {
            ids.put(product.path("sku").asText(), product.path("id").asText());
        }
        List<AcceptedItem> accepted = new ArrayList<>();
        for (SinkRequest.Item item : request.items()) {
            ProductPlan plan = item.plan();
            String id = ids.get(plan.sku());
            if (id == null || id.isBlank()) {
                plan.fail(new ProductPlan.Failure(ProductRejectedException.class.getName(), "MarketSync accepted the"
                        + " creation but its answer has no product with SKU " + plan.sku(), "productos", 1, false));
                continue;
            }
            plan.created(id);
            accepted.add(productItem(plan, id));
        }
        record(LedgerSinks.PRODUCT, accepted);
    }

    /** Texts cut to fit their column are recorded where ops look: the log, once per delivery of the product. */
    private static void reportCuts(ProductPlan plan) {
        if (!plan.mapped().cuts().isEmpty()) {
            LOG.info("SKU {} sent with text cut at a word boundary: {}", plan.sku(), plan.mapped().cuts());
        }
    }

    private void recordProduct(ProductPlan plan) {
        record(LedgerSinks.PRODUCT, List.of(productItem(plan, plan.remoteId())));
    }

    private static AcceptedItem productItem(ProductPlan plan, String remoteId) {
        ProductAspects.Aspect aspect = plan.aspects().product();
        return new AcceptedItem(plan.sku(), remoteId, aspect.hash(), aspect.json(), plan.storeId());
    }

    private void recordVariations(SinkRequest request, boolean withStock) {
        List<AcceptedItem> variations = new ArrayList<>();
        List<AcceptedItem> stock = new ArrayList<>();
        for (SinkRequest.Item item : request.items()) {
            String sku = String.valueOf(item.body().get("sku"));
            ProductAspects aspects = item.plan().aspects();
            ProductAspects.Aspect variation = aspects.variations().get(sku);
            variations.add(new AcceptedItem(sku, null, variation.hash(), variation.json(), item.plan().sku()));
            if (withStock) {
                ProductAspects.Aspect level = aspects.stock().get(sku);
                stock.add(new AcceptedItem(sku, null, level.hash(), level.json(), item.plan().sku()));
            }
        }
        record(LedgerSinks.VARIATION, variations);
        record(LedgerSinks.STOCK, stock);
    }

    private void forgetVariations(SinkRequest request) {
        List<String> skus = request.items().stream().map(item -> String.valueOf(item.body().get("sku"))).toList();
        ledger.forget(LedgerSinks.VARIATION, skus);
        ledger.forget(LedgerSinks.STOCK, skus);
    }

    private void recordStock(SinkRequest request) {
        List<AcceptedItem> stock = new ArrayList<>();
        for (SinkRequest.Item item : request.items()) {
            String sku = String.valueOf(item.body().get("seller_sku"));
            ProductAspects.Aspect level = item.plan().aspects().stock().get(sku);
            stock.add(new AcceptedItem(sku, null, level.hash(), level.json(), item.plan().sku()));
        }
        record(LedgerSinks.STOCK, stock);
    }

    private void recordPrices(SinkRequest request) {
        List<AcceptedItem> prices = new ArrayList<>();
        for (SinkRequest.Item item : request.items()) {
            long market = Long.parseLong(String.valueOf(item.body().get("market_id")));
            ProductAspects.Aspect price = item.plan().aspects().prices().get(market);
            prices.add(new AcceptedItem(LedgerSinks.priceKey(item.plan().sku(), market), null, price.hash(),
                    price.json(), item.plan().sku()));
        }
        record(LedgerSinks.PRICE, prices);
    }

    /** The state the hub sent, per market: it is not sent again (see {@link Publication}). */
    private void recordPublication(SinkRequest request, PublicationState state) {
        List<AcceptedItem> states = new ArrayList<>();
        for (SinkRequest.Item item : request.items()) {
            long market = Long.parseLong(String.valueOf(item.body().get("market_id")));
            states.add(new AcceptedItem(LedgerSinks.marketKey(item.plan().sku(), market), null, state.action(),
                    state.action(), item.plan().sku()));
        }
        record(LedgerSinks.PUBLICATION, states);
    }

    private void forgetProducts(SinkRequest request) {
        Set<String> skus = new HashSet<>();
        request.items().forEach(item -> skus.add(item.plan().sku()));
        forget(skus);
    }

    private void forget(Set<String> skus) {
        for (String sink : List.of(LedgerSinks.VARIATION, LedgerSinks.STOCK, LedgerSinks.PRICE,
                LedgerSinks.PUBLICATION)) {
            ledger.forget(sink, ledger.findByParent(sink, skus).stream().map(e -> e.itemKey()).toList());
        }
        ledger.forget(LedgerSinks.PRODUCT, skus);
    }
}

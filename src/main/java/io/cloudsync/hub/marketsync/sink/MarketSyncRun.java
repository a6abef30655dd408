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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Delivers one change set to MarketSync, stage by stage ({@link RequestKind} order). The route asks for the
 * next wave of calls ({@link #prepareNextWave}), sends them in parallel, and each call's outcome comes back
 * here: accepted (merged into the product's ledger document), refused (a batch is split in two until the refused
 * item is alone, and that product fails with MarketSync's reason), or failed after its retries (its products fail
 * and are dead-lettered for replay).
 * <p>
 * The run keeps each product's ledger row as the ledger held it at plan time, merges every aspect MarketSync
 * accepts (or forgets) into its document, and writes the rows it touched when the creates are over (the ids
 * MarketSync gave are in the ledger at once, and the sync progress counts those products as delivered) and when the
 * run is over: each time one batched upsert in one transaction ({@link ProductLedger#write}). That is as safe as
 * recording call by call: what a crash before the write leaves unknown to the ledger is found again by the look-up
 * by SKU before any create (a product MarketSync has is sent whole with PUTs, its variations MarketSync has are
 * updated, not posted), and stock and prices are PUTs that may be sent twice. Within the run the remote ids of creates live in the plans, which every
 * later stage reads, and runs are one at a time (the sink's queue), so no later run can plan a create before the
 * ids are in the ledger. It saves a commit and a rewrite of the row per stage.
 */
public final class MarketSyncRun {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("io.cloudsync.hub.marketsync");

    private final ChangeSet changeSet;
    private final Map<String, Instant> countReadAt;
    private final List<ProductPlan> plans;
    private final RequestBatcher batcher;
    private final ProductLedger ledger;
    private final StageItems stageItems;
    private final Deque<RequestKind> stages = new ArrayDeque<>(Arrays.asList(RequestKind.values()));
    private final Deque<SinkRequest> pending = new ArrayDeque<>();
    private List<SinkRequest> wave = List.of();
    private int requestsSent;
    /** Per product SKU, its ledger row: as read at plan time, with what MarketSync accepted since. */
    private final Map<String, ProductLedger.Row> rows;
    /** The SKUs whose rows changed since the last write, and those to forget. */
    private final Set<String> touched = new LinkedHashSet<>();
    private final Set<String> forgotten = new LinkedHashSet<>();

    MarketSyncRun(ChangeSet changeSet, List<ProductPlan> plans, RequestBatcher batcher, SinkLedger ledger) {
        this(changeSet, plans, batcher, ledger, Map.of());
    }

    MarketSyncRun(ChangeSet changeSet, List<ProductPlan> plans, RequestBatcher batcher, SinkLedger ledger,
                  Map<String, Instant> countReadAt) {
        this(changeSet, plans, batcher, new ProductLedger(ledger), countReadAt, new ProductLedger(ledger)
                .read(plans.stream().map(ProductPlan::sku).filter(Objects::nonNull).toList()));
    }

    /** @param rows the ledger rows of the plans' SKUs, as read for planning (they become the run's own) */
    MarketSyncRun(ChangeSet changeSet, List<ProductPlan> plans, RequestBatcher batcher, ProductLedger ledger,
                  Map<String, Instant> countReadAt, Map<String, ProductLedger.Row> rows) {
        this.changeSet = changeSet;
        this.countReadAt = Map.copyOf(countReadAt);
        this.plans = List.copyOf(plans);
        this.batcher = batcher;
        this.ledger = ledger;
        this.stageItems = new StageItems(this.plans, this::recordProduct);
        this.rows = new HashMap<>(rows);
        // rows still in the old one-row-per-aspect form are rewritten as one row with this run's
        rows.values().stream().filter(ProductLedger.Row::legacy).forEach(row -> touched.add(row.sku()));
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
        while (pending.isEmpty() && !stages.isEmpty()) {
            RequestKind stage = stages.poll();
            if (stage == RequestKind.UPDATE) {
                recordAccepted();
            }
            pending.addAll(build(stage));
        }
        wave = new ArrayList<>(pending);
        pending.clear();
        requestsSent += wave.size();
        if (wave.isEmpty()) {
            recordAccepted();
        }
        return !wave.isEmpty();
    }

    /** The calls of the wave just prepared; they may run in parallel. */
    public synchronized List<SinkRequest> wave() {
        return wave;
    }

    public synchronized int requestsSent() {
        return requestsSent;
    }

    /** Writes the rows of the products whose ledger state changed (and forgets the removed), in one transaction. */
    public synchronized void recordAccepted() {
        if (touched.isEmpty() && forgotten.isEmpty()) {
            return;
        }
        List<ProductLedger.Row> written = touched.stream().map(rows::get).toList();
        ledger.write(written, forgotten);
        written.forEach(row -> rows.put(row.sku(), new ProductLedger.Row(row.sku(), row.storeId(), row.remoteId(),
                row.document(), row.document().stockSkus(), false)));
        touched.clear();
        forgotten.clear();
    }

    /** Changes the product's document (starting from an empty row for a product the ledger does not have). */
    private synchronized void change(ProductPlan plan, Consumer<LedgerDocument> change) {
        ProductLedger.Row row = rows.computeIfAbsent(plan.sku(), sku -> ProductLedger.Row.none(sku, plan.storeId()));
        change.accept(row.document());
        touched.add(plan.sku());
        forgotten.remove(plan.sku());
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
                change(item.plan(), document -> released.forEach(market ->
                        document.remove(LedgerDocument.publicationKey(market))));
            }
        }
    }

    private void created(SinkRequest request, JsonNode answer) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode product : answer.isArray() ? answer : List.<JsonNode>of()) {
            ids.put(product.path("sku").asText(), product.path("id").asText());
        }
        for (SinkRequest.Item item : request.items()) {
            ProductPlan plan = item.plan();
            String id = ids.get(plan.sku());
            if (id == null || id.isBlank()) {
                plan.fail(new ProductPlan.Failure(ProductRejectedException.class.getName(), "MarketSync accepted the"
                        + " creation but its answer has no product with SKU " + plan.sku(), "productos", 1, false));
                continue;
            }
            plan.created(id);
            recordProduct(plan);
        }
    }

    /** Texts cut to fit their column are recorded where ops look: the log, once per delivery of the product. */
    private static void reportCuts(ProductPlan plan) {
        if (!plan.mapped().cuts().isEmpty()) {
            LOG.info("SKU {} sent with text cut at a word boundary: {}", plan.sku(), plan.mapped().cuts());
        }
    }

    /** The product's columns, and its remote id (from the plan: the ledger's, a look-up's or a create's). */
    private synchronized void recordProduct(ProductPlan plan) {
        change(plan, document -> document.put(LedgerDocument.PRODUCT, plan.aspects().product()));
        ProductLedger.Row row = rows.get(plan.sku());
        rows.put(plan.sku(), new ProductLedger.Row(row.sku(), plan.storeId(), plan.remoteId(), row.document(),
                row.stockSkus(), row.legacy()));
    }

    private void recordVariations(SinkRequest request, boolean withStock) {
        for (SinkRequest.Item item : request.items()) {
            String sku = String.valueOf(item.body().get("sku"));
            ProductAspects aspects = item.plan().aspects();
            change(item.plan(), document -> {
                document.put(LedgerDocument.variationKey(sku), aspects.variations().get(sku));
                if (withStock) {
                    document.put(LedgerDocument.stockKey(sku), aspects.stock().get(sku));
                }
            });
        }
    }

    private void forgetVariations(SinkRequest request) {
        for (SinkRequest.Item item : request.items()) {
            String sku = String.valueOf(item.body().get("sku"));
            change(item.plan(), document -> {
                document.remove(LedgerDocument.variationKey(sku));
                document.remove(LedgerDocument.stockKey(sku));
            });
        }
    }

    private void recordStock(SinkRequest request) {
        for (SinkRequest.Item item : request.items()) {
            String sku = String.valueOf(item.body().get("seller_sku"));
            ProductAspects.Aspect level = item.plan().aspects().stock().get(sku);
            change(item.plan(), document -> document.put(LedgerDocument.stockKey(sku), level));
        }
    }

    private void recordPrices(SinkRequest request) {
        for (SinkRequest.Item item : request.items()) {
            long market = Long.parseLong(String.valueOf(item.body().get("market_id")));
            ProductAspects.Aspect price = item.plan().aspects().prices().get(market);
            change(item.plan(), document -> document.put(LedgerDocument.priceKey(market), price));
        }
    }

    /** The state the hub sent, per market: it is not sent again (see {@link Publication}). */
    private void recordPublication(SinkRequest request, PublicationState state) {
        for (SinkRequest.Item item : request.items()) {
            long market = Long.parseLong(String.valueOf(item.body().get("market_id")));
            change(item.plan(), document -> document.putPublication(market, state));
        }
    }

    private void forgetProducts(SinkRequest request) {
        Set<String> skus = new HashSet<>();
        request.items().forEach(item -> skus.add(item.plan().sku()));
        forget(skus);
    }

    /** Removed from MarketSync: the products' rows go, so a later change creates them again. */
    private synchronized void forget(Set<String> skus) {
        for (String sku : skus) {
            ProductLedger.Row row = rows.remove(sku);
            touched.remove(sku);
            forgotten.add(sku);
            if (row != null) {
                rows.put(sku, new ProductLedger.Row(sku, row.storeId(), null, LedgerDocument.empty(), Set.of(),
                        row.legacy()));
            }
        }
    }
}

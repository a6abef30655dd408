package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping;
import io.cloudsync.hub.marketsync.mapping.MarketSyncValidator;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.marketsync.mapping.Validation;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.StockKey;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The MarketSync sink (routes/marketsync-products.camel.yaml). For a change set it reads the products' current
 * state from the mirror, maps and validates them, compares each aspect with what MarketSync last accepted (the
 * sink ledger), and plans the calls ({@link #plan}); the route sends them ({@link #send}); {@link #finish}
 * dead-letters every product that could not be delivered, with every reason, and closes the dead letters of
 * products that now went through.
 */
public final class MarketSyncSink {

    public static final String SINK = "marketsync";
    /** Where a replayed dead letter goes: the sink's entry, which re-plans the product from its current state. */
    public static final String ENTRY_URI = "direct://marketsync";
    static final String ROUTE_ID = "marketsync-deliver";

    private final MirrorRepository mirror;
    private final StockSnapshotRepository stock;
    private final SinkLedger ledger;
    private final ProductLedger productLedger;
    private final DeadLetterRepository deadLetters;
    private final MarketSyncCatalogueSource catalogue;
    private final MarketSyncMapping mapping;
    private final MarketSyncClient client;
    private final RequestBatcher batcher;
    private final ObjectMapper json;
    private final UnknownCreates unknownCreates;
    /** Adds the imported marketplace sales after MarketSync's stock cut-off to the figures; null: store counts. */
    private volatile CutoffStockFigures stockFigures;
    /** Ends a cut-off move when its change set was delivered; null: the cut-off is not managed. */
    private volatile StockCutoffMover cutoffMover;

    public MarketSyncSink(MirrorRepository mirror, StockSnapshotRepository stock, SinkLedger ledger,
                          DeadLetterRepository deadLetters, MarketSyncCatalogueSource catalogue,
                          MarketSyncMapping mapping, MarketSyncClient client, RequestBatcher batcher,
                          ObjectMapper json) {
        this.mirror = mirror;
        this.stock = stock;
        this.ledger = ledger;
        this.productLedger = new ProductLedger(ledger);
        this.deadLetters = deadLetters;
        this.catalogue = catalogue;
        this.mapping = mapping;
        this.client = client;
        this.batcher = batcher;
        this.json = json;
        this.unknownCreates = new UnknownCreates(client, batcher);
    }

    /** From now on, stock figures are computed for MarketSync's stock cut-off ({@link CutoffStockFigures}). */
    public void useStockCutoff(CutoffStockFigures figures, StockCutoffMover mover) {
        this.stockFigures = figures;
        this.cutoffMover = mover;
    }

    /** The change set of a message: as an ingest flow hands it, or as JSON (a replayed dead letter). */
    public ChangeSet changeSet(Object body) throws IOException {
        return ChangeSet.of(body, json, "products");
    }

    /** The calls this change set needs, planned against the mirror and the ledger. */
    public MarketSyncRun plan(ChangeSet set) {
        Map<String, MirrorRecord> records = mirror.find("products", set.storeIds());
        MarketSyncCatalogue current = catalogue.get();
        MarketSyncMapper mapper = new MarketSyncMapper(mapping, current);
        MarketSyncValidator validator = new MarketSyncValidator(current);
        Map<Long, Map<Long, Integer>> stockByProduct = stockOf(records.values());
        List<ProductPlan> plans = new ArrayList<>();
        Map<String, MappedProduct> valid = new LinkedHashMap<>();
        Map<String, Boolean> activeByStoreId = new HashMap<>();
        Map<String, Set<Long>> unwantedByStoreId = new HashMap<>();
        Set<Long> markets = current.markets().keySet();
        for (MirrorRecord record : records.values()) {
            if (record.deleted()) {
                continue;
            }
            Product product = parse(record);
            Map<Long, Integer> levels = stockByProduct.getOrDefault(product.id(), Map.of());
            MappedProduct mapped = mapper.map(product, levels);
            Validation validation = validator.validate(mapped);
            if (!validation.valid()) {
                plans.add(ProductPlan.invalid(record.storeId(), mapped.sku(), mapped, validation.describe()));
            } else {
                valid.put(record.storeId(), mapped);
                activeByStoreId.put(record.storeId(), product.active());
                // deactivated in the store: suspended everywhere (not sold out), published again when reactivated
                unwantedByStoreId.put(record.storeId(), product.active() ? mapping.excludedMarkets(product) : markets);
            }
        }
        CutoffStockFigures figures = stockFigures;
        boolean cutoffMove = StockCutoffMover.ENTITY.equals(set.entity());
        CutoffStockFigures.Figures withCutoff = figures == null ? new CutoffStockFigures.Figures(valid, Map.of())
                : figures.apply(valid, stockByProduct, activeByStoreId, cutoffMove);
        Map<String, MappedProduct> live = withCutoff.products();
        List<String> skus = new ArrayList<>(live.values().stream().map(MappedProduct::sku).toList());
        records.values().stream().filter(MirrorRecord::deleted).map(MirrorRecord::sku).filter(Objects::nonNull)
                .forEach(skus::add);
        Map<String, ProductLedger.Row> products = productLedger.read(skus);
        Map<String, List<String>> holders = mirror.liveStoreIdsBySku("products", live.values().stream()
                .map(MappedProduct::sku).toList());
        live.forEach((storeId, mapped) -> {
            ProductLedger.Row entry = products.get(mapped.sku());
            String owner = entry == null ? null : entry.storeId();
            boolean shared = holders.getOrDefault(mapped.sku(), List.of()).stream().anyMatch(id -> !id.equals(storeId));
            if (shared && !storeId.equals(owner)) {
                plans.add(ProductPlan.invalid(storeId, mapped.sku(), mapped, "error   sku: " + mapped.sku()
                        + " is also the reference of store product(s) " + holders.get(mapped.sku()).stream()
                        .filter(id -> !id.equals(storeId)).collect(Collectors.joining(", "))
                        + (owner == null ? "" : ", which MarketSync already has under it")
                        + "; a SKU must be unique: give each product its own reference"));
                return;
            }
            ProductAspects aspects = ProductAspects.of(mapped);
            AcceptedProduct accepted = entry == null ? AcceptedProduct.none()
                    : entry.document().accepted(mapped, aspects);
            PublicationIntent intent = new PublicationIntent(markets, unwantedByStoreId.get(storeId),
                    entry == null ? Map.of() : entry.document().sentStates());
            plans.add(ProductPlan.live(storeId, mapped, aspects,
                    ProductDiff.between(accepted, mapped), entry == null ? null : entry.remoteId(),
                    activeByStoreId.get(storeId), intent));
        });
        for (MirrorRecord record : records.values()) {
            if (record.deleted() && record.sku() != null && !record.sku().isBlank()) {
                ProductLedger.Row entry = products.get(record.sku());
                plans.add(ProductPlan.removal(record.storeId(), record.sku(), entry == null ? null : entry.remoteId()));
            }
        }
        plans.addAll(retiredSkus(live));
        return new MarketSyncRun(set, plans, batcher, productLedger, withCutoff.countReadAt(), products);
    }

    /**
     * Sends one call and hands the outcome to its run; only a failure worth retrying is thrown. A create is sent
     * only for products MarketSync is known not to have ({@link UnknownCreates}).
     */
    public void send(SinkRequest request) {
        boolean create = request.kind() == RequestKind.CREATE;
        SinkRequest call = create ? unknownCreates.settle(request) : request;
        if (call.size() == 0) {
            return;
        }
        RequestKind kind = call.kind();
        try {
            JsonNode answer = client.send(kind.verb(), kind.controller(), call.params(),
                    call.hasBody() ? batcher.body(call) : null, kind.answerFields());
            call.run().accepted(call, answer);
        } catch (MarketSyncException e) {
            if (!e.isTransient()) {
                call.run().refused(call, e.getMessage());
                return;
            }
            if (create) {
                UnknownCreates.outcomeUnknown(call);
            }
            throw e;
        } catch (RuntimeException e) {
            if (create) {
                UnknownCreates.outcomeUnknown(call);
            }
            throw e;
        }
    }

    /** The call failed through all its retries. */
    public void failed(SinkRequest request, Throwable error, Integer attempts) {
        request.run().failed(request, error, attempts == null ? 1 : attempts);
    }

    /** Dead-letters what could not be delivered, resolves what went through; returns a line for the log. */
    public String finish(MarketSyncRun run) {
        run.recordAccepted();
        List<String> delivered = new ArrayList<>();
        int failed = 0;
        for (ProductPlan plan : run.plans()) {
            if (plan.failed()) {
                failed++;
                record(plan, plan.failure().errorClass(), plan.failure().message(), plan.failure().failedCall(),
                        plan.failure().attempts());
            } else if (!plan.warnings().isEmpty()) {
                record(plan, MarketSyncCannotFollowException.class.getName(), String.join("\n", plan.warnings()),
                        "productos", 1);
            } else {
                delivered.add(plan.letterKey());
            }
        }
        deadLetters.resolve(SINK, delivered);
        String summary = run.plans().size() + " products, " + run.requestsSent() + " MarketSync calls, " + failed
                + " dead-lettered";
        StockCutoffMover mover = cutoffMover;
        if (mover != null && StockCutoffMover.ENTITY.equals(run.changeSet().entity())) {
            mover.delivered(run);
        }
        return summary;
    }

    /**
     * Every slice of the change set went through {@link #plan} and {@link #finish}: a stock cut-off move's set
     * completes the move when it can. Returns a line for the log, null for any other set.
     */
    public String delivered(ChangeSet set) {
        StockCutoffMover mover = cutoffMover;
        return mover != null && StockCutoffMover.ENTITY.equals(set.entity()) ? mover.complete() : null;
    }

    private void record(ProductPlan plan, String errorClass, String message, String failedCall, int attempts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", "products");
        body.put("storeIds", List.of(plan.storeId()));
        try {
            deadLetters.record(new DeadLetterFailure(ROUTE_ID, SINK, plan.letterKey(), ENTRY_URI,
                    failedCall == null ? null : "marketsync:" + failedCall, json.writeValueAsString(body),
                    Map.of("HubSink", SINK), errorClass, "SKU " + plan.sku() + " (store product " + plan.storeId()
                    + "): " + message, attempts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dead letter body cannot be written", e);
        }
    }

    /** SKUs a store product had before its reference changed: MarketSync still has them, so they are removed. */
    private List<ProductPlan> retiredSkus(Map<String, MappedProduct> live) {
        List<ProductPlan> retired = new ArrayList<>();
        for (LedgerEntry entry : ledger.findByParent(LedgerSinks.PRODUCT, live.keySet())) {
            MappedProduct now = live.get(entry.parentKey());
            if (now != null && !now.sku().equals(entry.itemKey())) {
                retired.add(ProductPlan.removal(entry.parentKey(), entry.itemKey(), entry.remoteId()));
            }
        }
        return retired;
    }

    private Map<Long, Map<Long, Integer>> stockOf(Collection<MirrorRecord> records) {
        List<Long> ids = records.stream().map(r -> Long.parseLong(r.storeId())).toList();
        Map<Long, Map<Long, Integer>> byProduct = new HashMap<>();
        for (Map.Entry<StockKey, Integer> line : stock.quantities(ids).entrySet()) {
            byProduct.computeIfAbsent(line.getKey().productId(), k -> new HashMap<>())
                    .put(line.getKey().combinationId(), line.getValue());
        }
        return byProduct;
    }

    private Product parse(MirrorRecord record) {
        try {
            return json.readValue(record.payload(), Product.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mirror record " + record.storeId() + " is not a canonical product", e);
        }
    }
}

package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.stock.CutoffMove;
import io.cloudsync.hub.marketsync.stock.ImportedMarketplaceSales;
import io.cloudsync.hub.marketsync.stock.ImportedSale;
import io.cloudsync.hub.marketsync.stock.MarketSyncTime;
import io.cloudsync.hub.marketsync.stock.StockCutoff;
import io.cloudsync.hub.marketsync.stock.StockCutoffRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moves MarketSync's stock cut-off in the stages {@link CutoffMove} explains, through the MarketSync sink's own
 * queue so that no other delivery runs in between (routes/marketsync-stock-cutoff.camel.yaml). {@link #begin}
 * chooses T, persists it as pending and answers the change set of the products whose SKUs the move touches (on a
 * first move, every live product); the sink delivers it like any change set, with figures for T; when it is
 * over the sink calls {@link #complete}, which posts T only if every touched SKU MarketSync holds stock for was
 * delivered with a store count read after its imports, and then makes T current.
 */
public final class StockCutoffMover {

    /** The entity of a move's change set. */
    public static final String ENTITY = "stock-cutoff";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("io.cloudsync.hub.marketsync");

    private final StockCutoffRepository cutoffs;
    private final ImportedMarketplaceSales sales;
    private final ProductLedger products;
    private final MirrorRepository mirror;
    private final MarketSyncClient client;
    private final Duration settleMargin;
    /** The move being delivered; the sink's one delivery thread writes it, slice by slice. */
    private Tally tally;

    public StockCutoffMover(StockCutoffRepository cutoffs, ImportedMarketplaceSales sales, SinkLedger ledger,
                            MirrorRepository mirror, MarketSyncClient client, Duration settleMargin) {
        this.cutoffs = cutoffs;
        this.sales = sales;
        this.products = new ProductLedger(ledger);
        this.mirror = mirror;
        this.client = client;
        this.settleMargin = settleMargin;
    }

    /** Stages 1 and 2: the move's change set, or null when the cut-off cannot move now. */
    public io.cloudsync.hub.outbox.ChangeSet begin() {
        StockCutoff state = cutoffs.load();
        Optional<Instant> target = CutoffMove.target(state, sales.knownThrough().orElse(null),
                sales.oldestUnimported(), settleMargin);
        if (target.isEmpty()) {
            return null;
        }
        if (!state.moving()) {
            state = state.begin(target.get());
            cutoffs.save(state);
        }
        List<String> storeIds = state.current() == null ? List.copyOf(mirror.liveStoreIds("products"))
                : storeIdsOf(CutoffMove.touchedSkus(state.current(), state.pending(),
                sales.registeredBetween(state.current(), state.pending())));
        return new io.cloudsync.hub.outbox.ChangeSet(0, ENTITY, storeIds);
    }

    /**
     * A slice of the move's change set was delivered (the sink delivers a large set in slices): for the SKUs of the
     * sales in the move, when the store count of the figure MarketSync accepted was read. Kept per pending date:
     * a figure delivered by an earlier attempt of the same move is still in MarketSync.
     */
    public synchronized void delivered(MarketSyncRun run) {
        StockCutoff state = cutoffs.load();
        if (!state.moving()) {
            return;
        }
        if (tally == null || !tally.pending().equals(state.pending())) {
            Set<String> skus = new HashSet<>();
            sales.registeredBetween(state.current(), state.pending()).forEach(sale -> skus.add(sale.sku()));
            tally = new Tally(state.pending(), skus, new HashMap<>());
        }
        for (ProductPlan plan : run.plans()) {
            if (!plan.failed() && plan.mapped() != null) {
                plan.mapped().variations().forEach(v -> {
                    Instant readAt = run.countReadAt().get(v.sku());
                    if (readAt != null && tally.skus().contains(v.sku())) {
                        tally.delivered().put(v.sku(), readAt);
                    }
                });
            }
        }
    }

    /** The SKUs of a move's sales and when each one's count was read for a figure MarketSync accepted. */
    private record Tally(Instant pending, Set<String> skus, Map<String, Instant> delivered) {
    }

    /** Stages 3 and 4, once every slice of the move's change set was delivered; returns a line for the log. */
    public synchronized String complete() {
        StockCutoff state = cutoffs.load();
        if (!state.moving()) {
            return "no stock cut-off move under way";
        }
        Map<String, Instant> delivered = tally != null && tally.pending().equals(state.pending())
                ? Map.copyOf(tally.delivered()) : Map.of();
        Optional<Instant> unimported = sales.oldestUnimported().filter(oldest -> !oldest.isAfter(state.pending()));
        if (unimported.isPresent()) {
            return "stock cut-off not moved yet: an order registered at " + unimported.get() + " is not in the store";
        }
        List<ImportedSale> inMove = sales.registeredBetween(state.current(), state.pending());
        Set<String> held = products.byStockSku(inMove.stream().map(ImportedSale::sku).toList()).keySet();
        List<ImportedSale> toCheck = inMove.stream().filter(s -> held.contains(s.sku())).toList();
        Optional<String> notReady = CutoffMove.notReady(state.current(), state.pending(), delivered, toCheck);
        if (notReady.isPresent()) {
            LOG.info("stock cut-off stays at {} for now (move to {}): {}", state.current(), state.pending(),
                    notReady.get());
            return "stock cut-off not moved yet: " + notReady.get();
        }
        try {
            client.setStockCutoff(MarketSyncTime.text(state.pending()));
        } catch (RuntimeException e) {
            // MarketSync may or may not have the new date: both are safe while figures stay computed for it
            LOG.warn("stock cut-off {} not confirmed by MarketSync, tried again at the next move: {}", state.pending(),
                    e.getMessage());
            return "stock cut-off not moved yet: " + e.getMessage();
        }
        cutoffs.save(state.completed());
        LOG.info("stock cut-off moved to {} ({} Mexico City)", state.pending(), MarketSyncTime.text(state.pending()));
        return "stock cut-off moved to " + state.pending();
    }

    /** The store products whose variations carry these SKUs (those whose stock MarketSync accepted). */
    private List<String> storeIdsOf(Set<String> variationSkus) {
        Set<String> storeIds = new TreeSet<>();
        products.byStockSku(variationSkus).values().forEach(row -> {
            if (row.storeId() != null) {
                storeIds.add(row.storeId());
            }
        });
        return new ArrayList<>(storeIds);
    }
}

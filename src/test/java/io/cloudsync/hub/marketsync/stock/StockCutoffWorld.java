package io.cloudsync.hub.marketsync.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * A pure model of the three parties, for {@link StockCutoffInterleavingTest}: MarketSync (what it was sent per
 * SKU, its one cut-off, the orders it registered), the store (its stock, the marketplace orders it created) and
 * the hub (its stock snapshot with read times, its ledger of marketplace orders, the cut-off state). The hub's
 * decisions are the production classes' ({@link StockFigures}, {@link CutoffMove}, {@link StockCutoff}); a
 * {@link Flaw} switches one safeguard off, to show the check catches the oversell it guards against.
 * <p>
 * Clocks: MarketSync registers orders and compares the cut-off on its own clock ({@code msNow}); the hub records
 * imports and snapshot reads on its own ({@code hubNow}, a constant {@link #HUB_SKEW} ahead). The two are never
 * compared: a bug that mixed them would show.
 */
final class StockCutoffWorld {

    static final Duration HUB_SKEW = Duration.ofSeconds(437);
    static final long[] MARKETS = {1, 4, 6};

    /** One safeguard switched off. */
    enum Flaw {
        NONE,
        /** Post the new cut-off without pushing the SKUs whose orders it stops deducting. */
        POST_WITHOUT_PUSH,
        /** Add every imported sale, also those recorded after the store count was read. */
        IGNORE_READ_TIME,
        /** Choose the cut-off without a settle margin for orders MarketSync lists late. */
        NO_SETTLE_MARGIN
    }

    static final class Order {
        final long id;
        final long market;
        final String sku;
        final int units;
        final Instant registeredAt;
        final Instant visibleAt;
        boolean known;
        boolean inStore;
        Instant recordedAt;

        Order(long id, long market, String sku, int units, Instant registeredAt, Instant visibleAt) {
            this.id = id;
            this.market = market;
            this.sku = sku;
            this.units = units;
            this.registeredAt = registeredAt;
            this.visibleAt = visibleAt;
        }

        ImportedSale asSale() {
            return new ImportedSale(sku, units, registeredAt, recordedAt);
        }
    }

    /** What the hub last pushed for a SKU: the store count's read time and the cut-off the figure was for. */
    record Push(Instant countReadAt, Instant basis) {
    }

    record Edit(Instant at, int delta) {
    }

    final List<String> skus;
    final Flaw flaw;
    final Duration maxListingDelay;
    final Duration settleMargin;
    final Random random;
    Instant msNow;

    // MarketSync
    final Map<String, Integer> sent = new TreeMap<>();
    Instant msCutoff;
    final Map<String, List<Order>> ordersBySku = new HashMap<>();
    final List<Order> orders = new ArrayList<>();
    // the store
    final Map<String, Integer> store = new TreeMap<>();
    final Map<String, List<Edit>> edits = new HashMap<>();
    // the hub
    final Map<String, Integer> snapshot = new HashMap<>();
    final Map<String, Instant> snapshotReadAt = new HashMap<>();
    final Map<String, Push> lastPush = new HashMap<>();
    StockCutoff cutoff;
    Instant knownThrough;
    boolean posted;

    StockCutoffWorld(List<String> skus, long seed, Flaw flaw, Duration maxListingDelay) {
        this.skus = List.copyOf(skus);
        this.flaw = flaw;
        this.random = new Random(seed);
        this.maxListingDelay = maxListingDelay;
        this.settleMargin = flaw == Flaw.NO_SETTLE_MARGIN ? Duration.ZERO : maxListingDelay;
        this.msNow = Instant.parse("2026-12-01T06:00:00Z");
        this.msCutoff = msNow;
        this.cutoff = new StockCutoff(msNow, null);
        this.knownThrough = msNow;
        for (String sku : skus) {
            int level = 5 + random.nextInt(20);
            store.put(sku, level);
            ordersBySku.put(sku, new ArrayList<>());
            edits.put(sku, new ArrayList<>());
        }
        tick();
        skus.forEach(this::readCount);
        tick();
        push(skus);
    }

    Instant hubNow() {
        return msNow.plus(HUB_SKEW);
    }

    void tick() {
        msNow = msNow.plusSeconds(1 + random.nextInt(5));
    }

    // ---- MarketSync ------------------------------------------------------------------------------------------

    int teorico(String sku) {
        int deducted = 0;
        for (Order order : ordersBySku.get(sku)) {
            if (order.registeredAt.isAfter(msCutoff)) {
                deducted += order.units;
            }
        }
        return sent.get(sku) - deducted;
    }

    /** A sale on one of three markets, only of what MarketSync shows as available (marketplaces sell no more). */
    void sale() {
        String sku = pick(skus);
        int units = 1 + random.nextInt(3);
        if (teorico(sku) < units) {
            return;
        }
        long delay = maxListingDelay.toSeconds() == 0 ? 0 : random.nextInt((int) maxListingDelay.toSeconds() + 1);
        Order order = new Order(orders.size() + 1, MARKETS[random.nextInt(MARKETS.length)], sku, units, msNow,
                msNow.plusSeconds(delay));
        orders.add(order);
        ordersBySku.get(sku).add(order);
    }

    // ---- the store -------------------------------------------------------------------------------------------

    /** A restock or a count-down in the store. */
    void storeEdit() {
        String sku = pick(skus);
        int delta = random.nextInt(4) == 0 ? -(1 + random.nextInt(3)) : 1 + random.nextInt(8);
        store.merge(sku, delta, Integer::sum);
        edits.get(sku).add(new Edit(hubNow(), delta));
    }

    /** The import creates a known order in the store (any of them: late, out of order); stock goes down there. */
    void storeCreatesOrder() {
        List<Order> candidates = orders.stream().filter(o -> o.known && !o.inStore).toList();
        if (!candidates.isEmpty()) {
            Order order = pick(candidates);
            order.inStore = true;
            store.merge(order.sku, -order.units, Integer::sum);
        }
    }

    /** After the store created it, the hub records the import (later still, when it crashed in between). */
    void hubRecordsImport() {
        List<Order> candidates = orders.stream().filter(o -> o.inStore && o.recordedAt == null).toList();
        if (!candidates.isEmpty()) {
            pick(candidates).recordedAt = hubNow();
        }
    }

    // ---- the hub ---------------------------------------------------------------------------------------------

    /** The marketplace-order poll: what MarketSync lists now, and up to when it has listed everything. */
    void pollOrders() {
        orders.stream().filter(o -> !o.visibleAt.isAfter(msNow)).forEach(o -> o.known = true);
        knownThrough = msNow;
    }

    /** The stock poll reads a page of store counts. */
    void readStock() {
        skus.stream().filter(s -> random.nextBoolean()).forEach(this::readCount);
    }

    void readStockOfEverySku() {
        skus.forEach(this::readCount);
    }

    private void readCount(String sku) {
        snapshot.put(sku, store.get(sku));
        snapshotReadAt.put(sku, hubNow());
    }

    /** Pushes the figures of these SKUs, computed for the cut-off basis. */
    void push(List<String> which) {
        Instant basis = cutoff.basis().orElseThrow();
        List<ImportedSale> sales = new ArrayList<>();
        for (String sku : which) {
            ordersBySku.get(sku).stream().filter(o -> o.known && o.registeredAt.isAfter(basis))
                    .forEach(o -> sales.add(o.asSale()));
        }
        Map<String, Instant> readAt = new HashMap<>();
        for (String sku : which) {
            readAt.put(sku, flaw == Flaw.IGNORE_READ_TIME ? Instant.MAX : snapshotReadAt.get(sku));
        }
        Map<String, Integer> units = StockFigures.importedUnits(basis, readAt, sales);
        for (String sku : which) {
            sent.put(sku, StockFigures.figure(snapshot.get(sku), units.getOrDefault(sku, 0)));
            lastPush.put(sku, new Push(snapshotReadAt.get(sku), basis));
        }
    }

    void partialPush() {
        push(skus.stream().filter(s -> random.nextInt(3) == 0).toList());
    }

    /** Stage 1: choose T and persist it as pending. */
    void beginMove() {
        Optional<Instant> oldest = orders.stream().filter(o -> o.known && o.recordedAt == null)
                .map(o -> o.registeredAt).min(Instant::compareTo);
        if (!cutoff.moving()) {
            CutoffMove.target(cutoff, knownThrough, oldest, settleMargin).ifPresent(t -> cutoff = cutoff.begin(t));
        }
    }

    /** Stage 2: push the SKUs the move touches, with figures for T. */
    void pushTouched() {
        if (cutoff.moving()) {
            push(List.copyOf(CutoffMove.touchedSkus(cutoff.current(), cutoff.pending(), knownSales())));
        }
    }

    /** Stage 3: post T when every touched SKU was pushed for it with a count read after its imports. */
    void postCutoff() {
        if (!cutoff.moving()) {
            return;
        }
        Map<String, Instant> pushedForTarget = new HashMap<>();
        lastPush.forEach((sku, push) -> {
            if (push.basis().equals(cutoff.pending())) {
                pushedForTarget.put(sku, push.countReadAt());
            }
        });
        if (flaw == Flaw.POST_WITHOUT_PUSH
                || CutoffMove.notReady(cutoff.current(), cutoff.pending(), pushedForTarget, knownSales()).isEmpty()) {
            msCutoff = cutoff.pending();
            posted = true;
        }
    }

    /** Stage 4: MarketSync answered; T is current. */
    void completeMove() {
        if (posted) {
            cutoff = cutoff.completed();
            posted = false;
        }
    }

    /** The hub restarts: what it kept only in memory is gone, the database (cut-off state, snapshot) stays. */
    void crash() {
        posted = false;
    }

    private List<ImportedSale> knownSales() {
        return orders.stream().filter(o -> o.known).map(Order::asSale).toList();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}

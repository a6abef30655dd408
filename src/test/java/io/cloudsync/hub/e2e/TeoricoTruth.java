package io.cloudsync.hub.e2e;

import io.cloudsync.hub.sandbox.marketsync.MarketSyncState;
import io.cloudsync.hub.sandbox.marketsync.catalogue.OrderStatuses;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.generate.OrderStates;
import io.cloudsync.hub.sandbox.store.model.OrderRow;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a mixed run checks MarketSync's {@code teorico} against, for a set of tracked variation SKUs, read from the
 * simulators' own state (not from the hub).
 * <p>
 * The true stock of a SKU is what can still be sold: the store's count, minus the units of marketplace orders that
 * are live (not cancelled on their marketplace; {@code fulfillment} lines aside, the marketplace ships those) and
 * not yet in the store, plus the units of marketplace orders cancelled on their marketplace that a store order
 * still holds (they are on the shelf; the store gives them back when the hub cancels its order). Per SKU that is
 * {@code store + held − live}, where {@code held} are the units of the store's marketplace orders ({@code marketsync}
 * module) that took stock (not in Payment error or Canceled) and {@code live} the units of live marketplace orders.
 * <p>
 * A store edit that lowers the count cannot be known to MarketSync before the hub's next stock poll reads it and
 * pushes it. So the checked truth uses, for such edits, the store count as of the hub's last read: an edit's units
 * are added back until two stock poll runs completed after it (the stock flow runs one at a time, each delivering
 * its change sets before it completes, so the second completion belongs to a run that started after the edit).
 * Completions are read from the stock flow's checkpoint ({@code last_success_at}); one missed between two readings
 * only keeps an edit excused longer. Restocks need nothing: they raise the truth before MarketSync knows them.
 * <p>
 * Not thread-safe on its own: the caller serialises the driver's actions and the samples.
 */
final class TeoricoTruth {

    /** A tracked SKU's store line. */
    record Line(String sku, int productId, int combinationId) {
    }

    /** One SKU at one instant: MarketSync's figure, the true stock, and the units of unread lowering edits. */
    record Reading(String sku, int teorico, int truth, int excused) {

        int checkedTruth() {
            return Math.max(0, truth + excused);
        }

        boolean aboveTruth() {
            return teorico > checkedTruth();
        }
    }

    private record LoweringEdit(String sku, int units, Instant doneBy) {
    }

    private final SandboxShop shop;
    private final MarketSyncState marketSync;
    private final DataSource hubDatabase;
    private final String paymentModule;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final List<LoweringEdit> loweringEdits = new ArrayList<>();
    private final List<Instant> stockRunsCompleted = new ArrayList<>();

    TeoricoTruth(SandboxShop shop, MarketSyncState marketSync, DataSource hubDatabase, String paymentModule,
                 List<Line> tracked) {
        this.shop = shop;
        this.marketSync = marketSync;
        this.hubDatabase = hubDatabase;
        this.paymentModule = paymentModule;
        tracked.forEach(line -> lines.put(line.sku(), line));
    }

    List<String> skus() {
        return List.copyOf(lines.keySet());
    }

    Line line(String sku) {
        return lines.get(sku);
    }

    /** The store's count of a tracked SKU now. */
    int storeCount(String sku) {
        Line line = lines.get(sku);
        synchronized (shop) {
            StockAvailable stock = shop.data().stockOf(line.productId(), line.combinationId());
            return stock == null ? 0 : stock.quantity();
        }
    }

    /** Sets the store's count (a store edit); a lowering is remembered until the hub has read it. */
    void setStoreCount(String sku, int quantity) {
        Line line = lines.get(sku);
        int before;
        synchronized (shop) {
            before = storeCount(sku);
            shop.setStock(line.productId(), line.combinationId(), quantity);
        }
        if (quantity < before) {
            loweringEdits.add(new LoweringEdit(sku, before - quantity, Instant.now()));
        }
    }

    /** Every tracked SKU's true stock now (no edit added back): store counts read first, then the marketplaces. */
    Map<String, Integer> trueStocks() {
        Map<String, Integer> truth = new HashMap<>();
        synchronized (shop) {
            Map<String, Integer> held = heldByStoreOrders();
            for (String sku : lines.keySet()) {
                truth.put(sku, storeCount(sku) + held.getOrDefault(sku, 0));
            }
        }
        liveMarketplaceUnits().forEach((sku, units) -> truth.computeIfPresent(sku, (k, value) -> value - units));
        return truth;
    }

    /** One reading per tracked SKU, in an order that can only make the checked truth higher, never lower. */
    List<Reading> read() {
        noteStockRuns();
        Map<String, Integer> truth = trueStocks();
        List<Reading> readings = new ArrayList<>();
        for (String sku : lines.keySet()) {
            readings.add(new Reading(sku, teorico(sku), truth.get(sku), excused(sku)));
        }
        return readings;
    }

    /** MarketSync's {@code teorico} of a variation SKU (−1 when MarketSync does not have it). */
    int teorico(String sku) {
        return marketSync.productOfVariation(sku).flatMap(product -> product.variation(sku))
                .map(marketSync::teorico).orElse(-1);
    }

    /**
     * The marketplace orders the store does not reflect yet: live ones with units to take that no store order holds,
     * cancelled ones a store order still holds, and any held by more than one store order. A store order names its
     * marketplace order in its payment text ({@code <market> <referencia> (MarketSync)}).
     */
    List<String> unsettledOrders() {
        Map<String, Integer> heldOrders = new HashMap<>();
        synchronized (shop) {
            for (var order : shop.data().orders.all()) {
                if (paymentModule.equals(order.module()) && holdsStock(order.currentState())) {
                    heldOrders.merge(order.payment(), 1, Integer::sum);
                }
            }
        }
        List<String> unsettled = new ArrayList<>();
        for (Order order : marketSync.orders()) {
            boolean takesUnits = order.items().stream().anyMatch(line -> !line.fulfillment());
            int held = heldOrders.entrySet().stream()
                    .filter(e -> e.getKey() != null && e.getKey().contains(" " + order.referencia() + " (MarketSync)"))
                    .mapToInt(Map.Entry::getValue).sum();
            boolean wanted = takesUnits && !cancelled(order);
            if (held != (wanted ? 1 : 0)) {
                unsettled.add(order.referencia() + (cancelled(order) ? " (cancelled)" : "") + " held by " + held
                        + " store order(s)");
            }
        }
        return unsettled;
    }

    /** The store orders the hub created for marketplace orders. */
    long storeMarketplaceOrders() {
        synchronized (shop) {
            return shop.data().orders.all().stream().filter(order -> paymentModule.equals(order.module())).count();
        }
    }

    private Map<String, Integer> heldByStoreOrders() {
        Map<String, Line> byStoreLine = new HashMap<>();
        lines.values().forEach(line -> byStoreLine.put(line.productId() + "/" + line.combinationId(), line));
        Map<String, Integer> held = new HashMap<>();
        for (var order : shop.data().orders.all()) {
            if (!paymentModule.equals(order.module()) || !holdsStock(order.currentState())) {
                continue;
            }
            for (OrderRow row : order.rows()) {
                Line line = byStoreLine.get(row.productId() + "/" + row.combinationId());
                if (line != null) {
                    held.merge(line.sku(), row.quantity(), Integer::sum);
                }
            }
        }
        return held;
    }

    private Map<String, Integer> liveMarketplaceUnits() {
        Map<String, Integer> live = new HashMap<>();
        for (Order order : marketSync.orders()) {
            if (cancelled(order)) {
                continue;
            }
            for (OrderLine line : order.items()) {
                if (!line.fulfillment() && lines.containsKey(line.sku())) {
                    live.merge(line.sku(), line.cantidad(), Integer::sum);
                }
            }
        }
        return live;
    }

    private boolean cancelled(Order order) {
        return marketSync.catalogue().statuses(order.marketId())
                .map((OrderStatuses statuses) -> statuses.cancels(order.estatus())).orElse(false);
    }

    /** A store order in Payment error or Canceled gave its lines back (or never took them). */
    private static boolean holdsStock(int state) {
        return state != OrderStates.PAYMENT_ERROR && state != OrderStates.CANCELED;
    }

    private int excused(String sku) {
        loweringEdits.removeIf(edit -> stockRunsCompleted.stream().filter(at -> at.isAfter(edit.doneBy())).count()
                >= 2);
        return loweringEdits.stream().filter(edit -> edit.sku().equals(sku)).mapToInt(LoweringEdit::units).sum();
    }

    /** Notes the stock flow's last completion, if it is new. */
    void noteStockRuns() {
        Instant last = lastStockRun();
        if (last != null && (stockRunsCompleted.isEmpty()
                || last.isAfter(stockRunsCompleted.get(stockRunsCompleted.size() - 1)))) {
            stockRunsCompleted.add(last);
        }
    }

    private Instant lastStockRun() {
        try (Connection connection = hubDatabase.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT last_success_at FROM sync_checkpoint WHERE entity = 'stock'")) {
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                OffsetDateTime at = rows.getObject(1, OffsetDateTime.class);
                return at == null ? null : at.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the stock flow's checkpoint", e);
        }
    }
}

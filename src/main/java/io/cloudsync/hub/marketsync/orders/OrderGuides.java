package io.cloudsync.hub.marketsync.orders;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.store.OrderCarrier;
import io.cloudsync.hub.store.OrderCarriers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bean {@code marketSyncOrderGuides} ({@code routes/marketsync-order-status.camel.yaml}): the marketplaces'
 * shipping labels onto the store orders awaiting shipment. Every poll reads {@code GET guias} for the imported
 * orders not yet shipped (pages of {@code pageSize} orders); a guide the marketplace provided (a tracking number
 * and a label) puts its tracking number on the order's carrier line when that has none yet, and a private note
 * with the label's address on the order when the store takes messages; once per guide. An order whose guide
 * fails is left for the next poll; the others go on.
 */
public final class OrderGuides {

    private final ImportedOrders imports;
    private final StatusBackLedger ledger;
    private final MarketSyncClient marketSync;
    private final OrderCarriers carriers;
    private final int pageSize;

    public OrderGuides(ImportedOrders imports, StatusBackLedger ledger, MarketSyncClient marketSync,
                       OrderCarriers carriers, int pageSize) {
        this.imports = imports;
        this.ledger = ledger;
        this.marketSync = marketSync;
        this.carriers = carriers;
        this.pageSize = pageSize;
    }

    /**
     * One pass over the orders awaiting shipment; says what it did and what failed (to be tried again), or
     * nothing when there was nothing to do.
     */
    public String poll() {
        int applied = 0;
        List<String> failures = new ArrayList<>();
        long after = 0;
        List<ImportedOrder> page = imports.awaitingShipment(after, pageSize);
        while (!page.isEmpty()) {
            Map<Long, ImportedOrder> byId = new LinkedHashMap<>();
            page.forEach(order -> byId.put(order.marketSyncOrderId(), order));
            for (JsonNode node : marketSync.guides(byId.keySet())) {
                Guide guide = Guide.of(node);
                ImportedOrder order = byId.get(guide.marketSyncOrderId());
                if (order == null || !guide.provided() || ledger.guideApplied(order.marketSyncOrderId(), guide.id())) {
                    continue;
                }
                try {
                    apply(order, guide);
                    applied++;
                } catch (RuntimeException e) {
                    failures.add(order.referencia() + ": " + e.getMessage());
                }
            }
            after = page.get(page.size() - 1).marketSyncOrderId();
            page = imports.awaitingShipment(after, pageSize);
        }
        if (applied == 0 && failures.isEmpty()) {
            return "";
        }
        return applied + " marketplace guide(s) put onto store orders"
                + (failures.isEmpty() ? "" : "; failed, tried again at the next poll: " + String.join("; ", failures));
    }

    /** Puts one guide onto its store order and records it. */
    void apply(ImportedOrder order, Guide guide) {
        Optional<OrderCarrier> carrier = carriers.of(order.storeOrderId());
        if (carrier.isPresent() && !carrier.get().hasTrackingNumber()) {
            carriers.setTrackingNumber(carrier.get(), guide.trackingNumber());
        }
        carriers.addPrivateMessage(order.storeOrderId(), order.storeCartId(), guide.staffNote(order.referencia()));
        ledger.guideApplied(order.marketSyncOrderId(), guide.id(), guide.trackingNumber());
    }
}

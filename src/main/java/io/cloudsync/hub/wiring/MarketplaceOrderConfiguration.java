package io.cloudsync.hub.wiring;

import io.cloudsync.hub.marketsync.orders.MarketplaceOrderIngest;
import io.cloudsync.hub.marketsync.orders.MarketplaceOrderReader;
import io.cloudsync.hub.marketsync.orders.MarketplaceOrderSettings;
import io.cloudsync.hub.marketsync.orders.ImportedOrders;
import io.cloudsync.hub.marketsync.orders.OrderGuides;
import io.cloudsync.hub.marketsync.orders.OrderStatusSink;
import io.cloudsync.hub.marketsync.orders.StatusBackLedger;
import io.cloudsync.hub.marketsync.orders.StatusBackSettings;
import io.cloudsync.hub.outbox.IdCheckpointRepository;
import io.cloudsync.hub.store.OrderCarriers;
import io.cloudsync.hub.storeorders.ImportLedger;
import io.cloudsync.hub.storeorders.ImportSettings;
import io.cloudsync.hub.storeorders.IncomingOrders;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.storeorders.MarketplaceOrderSink;
import io.cloudsync.hub.storeorders.MirrorCatalogue;
import io.cloudsync.hub.storeorders.StockCutoffRecords;
import io.cloudsync.hub.storeorders.StoreDirectoryReader;
import io.cloudsync.hub.storeorders.StoreOrderWriter;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The way back from the marketplaces: MarketSync's orders polled by {@code marketsync-orders.camel.yaml} and mirrored,
 * and the default sink of {@code hub.sinks.marketplace-orders} ({@code store-marketplace-orders.camel.yaml}).
 */
public final class MarketplaceOrderConfiguration implements CamelConfiguration {

    private final MarketplaceOrderIngest ingest;
    private final ImportLedger ledger;
    private final MarketplaceOrderSink sink;
    private final OrderStatusSink statusSink;
    private final OrderGuides guides;

    MarketplaceOrderConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror, StoreConfiguration store,
                                  DeadLetterConfiguration deadLetters, MarketSyncConfiguration marketSync,
                                  StockCutoffConfiguration stockCutoff, MarketplaceOrderSettings settings, ImportSettings imports,
                                  StatusBackSettings statusBack, Clock clock) {
        this.ingest = new MarketplaceOrderIngest(new MarketplaceOrderReader(marketSync.client()),
                mirror.mirrorRepository(), mirror.changeOutbox(), mirror.checkpointRepository(),
                new IdCheckpointRepository(platform.dataSource()), settings, clock, platform.hubJson());
        this.ledger = new ImportLedger(platform.dataSource());
        StoreOrderWriter writer = new StoreOrderWriter(store.storeClient(), ledger, imports,
                new StoreDirectoryReader(store.storeClient(), imports),
                new MirrorCatalogue(mirror.mirrorRepository(), platform.dataSource(), platform.hubJson()),
                new StockCutoffRecords(stockCutoff.marketplaceOrderImports()));
        this.sink = new MarketplaceOrderSink(mirror.mirrorRepository(), writer, deadLetters.deadLetterRepository(),
                platform.hubJson(), node -> IncomingOrders.of(readOrder(platform, node)));
        ImportedOrders imported = new ImportedOrders(platform.dataSource());
        StatusBackLedger sent = new StatusBackLedger(platform.dataSource(), clock);
        OrderCarriers carriers = new OrderCarriers(store.storeClient());
        this.statusSink = new OrderStatusSink(mirror.mirrorRepository(), imported, sent,
                marketSync.marketSyncMapping().orderStatus(), marketSync.client(), carriers, platform.hubJson());
        this.guides = new OrderGuides(imported, sent, marketSync.client(), carriers, statusBack.guidesPageSize());
    }

    @BindToRegistry
    public MarketplaceOrderIngest marketplaceOrderIngest() {
        return ingest;
    }

    private static MarketplaceOrder readOrder(PlatformConfiguration platform, com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return platform.hubJson().treeToValue(node, MarketplaceOrder.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("a mirrored marketplace order does not read back: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The sink of store order changes ({@code hub.sinks.orders}): their status back to the marketplace, once. */
    @BindToRegistry
    public OrderStatusSink marketSyncOrderStatus() {
        return statusSink;
    }

    /** The guide poll: the marketplaces' shipping labels onto the store orders awaiting shipment. */
    @BindToRegistry
    public OrderGuides marketSyncOrderGuides() {
        return guides;
    }

    @BindToRegistry
    public ImportLedger importLedger() {
        return ledger;
    }

    /** The default sink of {@code hub.sinks.marketplace-orders}: each order created in the store, exactly once. */
    @BindToRegistry
    public MarketplaceOrderSink marketplaceOrderSink() {
        return sink;
    }
}

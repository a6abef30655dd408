package io.cloudsync.hub.wiring;

import io.cloudsync.hub.marketsync.orders.MarketplaceOrderHandOff;
import io.cloudsync.hub.marketsync.orders.MarketplaceOrderIngest;
import io.cloudsync.hub.marketsync.orders.MarketplaceOrderReader;
import io.cloudsync.hub.marketsync.orders.MarketplaceOrderSettings;
import io.cloudsync.hub.outbox.IdCheckpointRepository;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The way back from the marketplaces: MarketSync's orders polled by {@code marketsync-orders.camel.yaml} and mirrored,
 * and the default sink of {@code hub.sinks.marketplace-orders} ({@code store-marketplace-orders.camel.yaml}).
 */
public final class MarketplaceOrderConfiguration implements CamelConfiguration {

    private final MarketplaceOrderIngest ingest;
    private final MarketplaceOrderHandOff handOff;

    MarketplaceOrderConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror,
                                  MarketSyncConfiguration marketSync, MarketplaceOrderSettings settings, Clock clock) {
        this.ingest = new MarketplaceOrderIngest(new MarketplaceOrderReader(marketSync.client()),
                mirror.mirrorRepository(), mirror.changeOutbox(), mirror.checkpointRepository(),
                new IdCheckpointRepository(platform.dataSource()), settings, clock, platform.hubJson());
        this.handOff = new MarketplaceOrderHandOff(mirror.mirrorRepository(), platform.hubJson());
    }

    @BindToRegistry
    public MarketplaceOrderIngest marketplaceOrderIngest() {
        return ingest;
    }

    @BindToRegistry
    public MarketplaceOrderHandOff marketplaceOrderHandOff() {
        return handOff;
    }
}

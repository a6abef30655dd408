package io.cloudsync.hub.wiring;

import io.cloudsync.hub.ingest.StockRefresh;
import io.cloudsync.hub.marketsync.sink.CutoffStockFigures;
import io.cloudsync.hub.marketsync.sink.StockCutoffMover;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports;
import io.cloudsync.hub.marketsync.stock.StockCutoffRepository;
import io.cloudsync.hub.marketsync.stock.StockCutoffSettings;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * MarketSync's one stock cut-off date ({@code marketsync-stock-cutoff.camel.yaml}): the figures the sink sends (store
 * count plus the marketplace units the store already holds), and the mover that moves the date forward.
 */
public final class StockCutoffConfiguration implements CamelConfiguration {

    private final StockCutoffRepository cutoffs;
    private final MarketplaceOrderImports imports;
    private final StockCutoffMover mover;
    private final StockRefresh refresh;

    StockCutoffConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror, StoreConfiguration store,
                             MarketSyncConfiguration marketSync, StockCutoffSettings settings, Clock clock) {
        StockSnapshotRepository snapshot = mirror.stockSnapshotRepository();
        this.cutoffs = new StockCutoffRepository(platform.dataSource(), clock);
        this.imports = new MarketplaceOrderImports(platform.dataSource(), clock);
        this.mover = new StockCutoffMover(cutoffs, imports, marketSync.sinkLedger(), mirror.mirrorRepository(),
                marketSync.client(), settings.settleMargin());
        this.refresh = new StockRefresh(store.productReader(), snapshot);
        marketSync.marketSyncSink().useStockCutoff(new CutoffStockFigures(cutoffs::load, imports, snapshot::changedAt,
                settings.readMargin()), mover);
    }

    @BindToRegistry
    public StockCutoffRepository stockCutoffRepository() {
        return cutoffs;
    }

    @BindToRegistry
    public MarketplaceOrderImports marketplaceOrderImports() {
        return imports;
    }

    @BindToRegistry
    public StockCutoffMover stockCutoffMover() {
        return mover;
    }

    @BindToRegistry
    public StockRefresh stockRefresh() {
        return refresh;
    }
}

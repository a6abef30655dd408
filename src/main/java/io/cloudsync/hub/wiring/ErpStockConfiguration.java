package io.cloudsync.hub.wiring;

import io.cloudsync.hub.api.InventoryApi;
import io.cloudsync.hub.erp.ErpSettings;
import io.cloudsync.hub.erp.stock.InventoryDecisions;
import io.cloudsync.hub.erp.stock.InventoryWorkflow;
import io.cloudsync.hub.erp.stock.MirroredStock;
import io.cloudsync.hub.erp.stock.PurchaseRequests;
import io.cloudsync.hub.erp.stock.StockMaster;
import io.cloudsync.hub.erp.stock.TrytonStock;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.store.StoreStockWriter;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The ERP's stock flows: the stock master ({@code erp-tryton-stock.camel.yaml}) and the inventory automation
 * ({@code erp-tryton-inventory.camel.yaml}), both reading the store's lines from the mirror and Tryton's available
 * quantities, and the record of the automation's decisions (Admin API, dashboard).
 */
public final class ErpStockConfiguration implements CamelConfiguration {

    private final StockMaster stockMaster;
    private final InventoryWorkflow inventory;
    private final InventoryDecisions decisions;
    private final InventoryApi inventoryApi;

    ErpStockConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror, StoreConfiguration store,
                          ErpConfiguration erp, Clock clock) {
        ErpSettings settings = erp.settings();
        int batchSize = settings.tryton().batchSize();
        MirroredStock mirrored = new MirroredStock(platform.dataSource(), mirror.stockSnapshotRepository(),
                CanonicalJson.mapper());
        TrytonStock tryton = new TrytonStock(erp.trytonGateway(), erp.trytonReferences());
        StoreStockWriter writer = new StoreStockWriter(store.storeClient());
        this.decisions = new InventoryDecisions(platform.dataSource(), clock);
        this.inventoryApi = new InventoryApi(decisions);
        this.stockMaster = new StockMaster(mirrored, tryton, writer, platform.hubJson(), batchSize);
        this.inventory = new InventoryWorkflow(mirrored, tryton,
                new PurchaseRequests(erp.trytonGateway(), erp.trytonReferences(), clock), decisions, writer,
                platform.hubJson(), settings.lowStockThreshold(), batchSize);
    }

    @BindToRegistry
    public StockMaster erpStockMaster() {
        return stockMaster;
    }

    @BindToRegistry
    public InventoryWorkflow erpInventory() {
        return inventory;
    }

    @BindToRegistry
    public InventoryDecisions inventoryDecisions() {
        return decisions;
    }

    @BindToRegistry
    public InventoryApi inventoryApi() {
        return inventoryApi;
    }
}

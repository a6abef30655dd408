package io.cloudsync.hub.wiring;

import io.cloudsync.hub.camel.HubMetrics;
import io.cloudsync.hub.config.HubProperties;
import java.time.Clock;
import java.util.List;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * The hub's beans, one configuration class per area, built in dependency order from {@link HubSettings}. Camel
 * binds each class's {@code @BindToRegistry} methods under their names (route files reach them as
 * {@code ref: syncApi}); Java code reaches the same objects through the typed accessors.
 */
public final class HubWiring implements AutoCloseable {

    private final HubSettings settings;
    private final PlatformConfiguration platform;
    private final MirrorConfiguration mirror;
    private final DeadLetterConfiguration deadLetters;
    private final StoreConfiguration store;
    private final ReportsConfiguration reports;
    private final IngestConfiguration ingest;
    private final MarketSyncConfiguration marketSync;
    private final StockCutoffConfiguration stockCutoff;
    private final MarketplaceOrderConfiguration marketplaceOrders;
    private final ErpConfiguration erp;
    private final ErpProductConfiguration erpProducts;
    private final ErpOrderConfiguration erpOrders;
    private final ErpStockConfiguration erpStock;
    private final ApiConfiguration api;
    private final DashboardConfiguration dashboard;

    private HubWiring(HubProperties properties, HubSettings settings, Clock clock, boolean migrateInBackground) {
        this.settings = settings;
        this.platform = new PlatformConfiguration(properties, settings, migrateInBackground);
        try {
            this.mirror = new MirrorConfiguration(platform);
            this.deadLetters = new DeadLetterConfiguration(platform, settings.retry());
            this.store = new StoreConfiguration(platform, settings.store(), settings.images());
            this.reports = new ReportsConfiguration(platform, mirror, store, settings.reports(), clock);
            this.ingest = new IngestConfiguration(platform, store, mirror, deadLetters, reports, settings.ingest(),
                    settings.reports());
            this.marketSync = new MarketSyncConfiguration(platform, mirror, deadLetters, settings.marketSync(),
                    settings.sink(), settings.retry(), clock);
            this.stockCutoff = new StockCutoffConfiguration(platform, mirror, store, marketSync, settings.stockCutoff(),
                    clock);
            this.marketplaceOrders = new MarketplaceOrderConfiguration(platform, mirror, store, deadLetters,
                    marketSync, stockCutoff, settings.marketplaceOrders(), settings.storeOrders(), settings.statusBack(),
                    clock);
            this.erp = new ErpConfiguration(platform, settings.erp());
            this.erpProducts = new ErpProductConfiguration(platform, mirror, deadLetters, erp);
            this.erpOrders = new ErpOrderConfiguration(platform, mirror, store, deadLetters, erp,
                    settings.erpOrders(), clock);
            this.erpStock = new ErpStockConfiguration(platform, mirror, store, erp, clock);
            this.api = new ApiConfiguration(platform, mirror, deadLetters, ingest, reports, settings.api(), clock);
            this.dashboard = new DashboardConfiguration(api, erpStock, settings.dashboard(), clock);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /**
     * Reads the settings (every problem at once, as {@code check} names them) and builds the beans on an up to date
     * schema.
     */
    public static HubWiring create(HubProperties properties) {
        HubWiring wiring = new HubWiring(properties, HubSettings.from(properties), Clock.systemUTC(), false);
        try {
            wiring.awaitSchema();
        } catch (RuntimeException e) {
            wiring.close();
            throw e;
        }
        return wiring;
    }

    /**
     * As {@link #create}, but the schema migrations run in the background while the caller loads its routes
     * (docs/operations.md#start-time): {@link #awaitSchema()} must be called before any route starts. No bean
     * touches the database while it is built.
     */
    public static HubWiring createMigratingInBackground(HubProperties properties) {
        return new HubWiring(properties, HubSettings.from(properties), Clock.systemUTC(), true);
    }

    /**
     * Returns once the schema is up to date and the stored API signing keys open with the key-encryption key;
     * throws, and the hub does not start, when either fails.
     */
    public void awaitSchema() {
        platform.awaitSchema();
        api.openStoredKeys();
    }

    /** The configuration classes, for camel-main to bind ({@code main.configure().addConfiguration(...)}). */
    public List<CamelConfiguration> configurations() {
        return List.of(platform, mirror, deadLetters, store, reports, ingest, marketSync, stockCutoff,
                marketplaceOrders, erp, erpProducts, erpOrders, erpStock, api, dashboard);
    }

    /** Hands the Camel context to the beans that send through it; called before the routes start. */
    public void attach(CamelContext context) {
        platform.attach(context);
        erp.attach(context);
    }

    public HubMetrics metrics() {
        return new HubMetrics(deadLetters.deadLetterRepository(), mirror.checkpointRepository(), mirror.changeOutbox(),
                Clock.systemUTC());
    }

    public HubSettings settings() {
        return settings;
    }

    public PlatformConfiguration platform() {
        return platform;
    }

    public MirrorConfiguration mirror() {
        return mirror;
    }

    public DeadLetterConfiguration deadLetters() {
        return deadLetters;
    }

    public StoreConfiguration store() {
        return store;
    }

    public ReportsConfiguration reports() {
        return reports;
    }

    public IngestConfiguration ingest() {
        return ingest;
    }

    public MarketSyncConfiguration marketSync() {
        return marketSync;
    }

    public StockCutoffConfiguration stockCutoff() {
        return stockCutoff;
    }

    public MarketplaceOrderConfiguration marketplaceOrders() {
        return marketplaceOrders;
    }

    public ErpConfiguration erp() {
        return erp;
    }

    public ErpProductConfiguration erpProducts() {
        return erpProducts;
    }

    public ErpOrderConfiguration erpOrders() {
        return erpOrders;
    }

    public ErpStockConfiguration erpStock() {
        return erpStock;
    }

    public ApiConfiguration api() {
        return api;
    }

    public DashboardConfiguration dashboard() {
        return dashboard;
    }

    @Override
    public void close() {
        store.close();
        marketSync.close();
        platform.close();
    }
}

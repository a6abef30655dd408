package io.cloudsync.hub.wiring;

import io.cloudsync.hub.ingest.CustomerIngest;
import io.cloudsync.hub.ingest.IngestFailures;
import io.cloudsync.hub.ingest.IngestSettings;
import io.cloudsync.hub.ingest.OrderIngest;
import io.cloudsync.hub.ingest.PoisonRecords;
import io.cloudsync.hub.ingest.ProductIngest;
import io.cloudsync.hub.ingest.ProductPages;
import io.cloudsync.hub.ingest.ProductReconcile;
import io.cloudsync.hub.ingest.StockIngest;
import io.cloudsync.hub.reports.ReportSettings;
import io.cloudsync.hub.sync.ProductWriteService;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The store flows of {@code store-*.camel.yaml} (products, stock, reconcile, orders, customers), each named as its
 * route template's {@code ingest} parameter, and the write-back of products through the Webservice.
 */
public final class IngestConfiguration implements CamelConfiguration {

    private final ProductIngest products;
    private final StockIngest stock;
    private final ProductReconcile reconcile;
    private final OrderIngest orders;
    private final CustomerIngest customers;
    private final ProductWriteService productWrites;
    private final IngestFailures failures;
    private final PoisonRecords poisonRecords;

    IngestConfiguration(PlatformConfiguration platform, StoreConfiguration store, MirrorConfiguration mirror,
                        DeadLetterConfiguration deadLetters, ReportsConfiguration reports, IngestSettings settings,
                        ReportSettings reportSettings) {
        var checkpoints = mirror.checkpointRepository();
        var outbox = mirror.changeOutbox();
        var client = store.storeClient();
        var reader = store.productReader();
        ProductPages pages = new ProductPages(reader, mirror.mirrorRepository(), mirror.stockSnapshotRepository(),
                store.imageUrls(), settings.language(), platform.hubJson());
        this.products = new ProductIngest(client, reader, pages, outbox, checkpoints, settings);
        this.stock = new StockIngest(reader, mirror.stockSnapshotRepository(), pages, outbox, checkpoints,
                settings.idPageSize(), settings.malformedRetries());
        this.reconcile = new ProductReconcile(reader, pages, mirror.mirrorRepository(), mirror.stockSnapshotRepository(),
                outbox, checkpoints, settings);
        this.orders = new OrderIngest(client, OrderIngest.reader(client, store.reads()), mirror.mirrorRepository(),
                reports.reportRepository(), outbox, checkpoints, settings, reportSettings.retention(),
                platform.hubJson());
        this.customers = new CustomerIngest(client, CustomerIngest.reader(client, store.reads()),
                mirror.mirrorRepository(), outbox, checkpoints, settings, platform.hubJson());
        this.productWrites = new ProductWriteService(client, reader, pages, settings.language());
        this.failures = new IngestFailures(checkpoints, platform.secretRedactor());
        this.poisonRecords = new PoisonRecords(deadLetters.deadLetterRepository(), platform.hubJson())
                .flow(products).flow(orders).flow(customers).flow(stock);
    }

    @BindToRegistry
    public ProductIngest productIngest() {
        return products;
    }

    @BindToRegistry
    public StockIngest stockIngest() {
        return stock;
    }

    @BindToRegistry
    public ProductReconcile productReconcile() {
        return reconcile;
    }

    @BindToRegistry
    public OrderIngest orderIngest() {
        return orders;
    }

    @BindToRegistry
    public CustomerIngest customerIngest() {
        return customers;
    }

    @BindToRegistry
    public ProductWriteService productWriteService() {
        return productWrites;
    }

    @BindToRegistry
    public IngestFailures ingestFailures() {
        return failures;
    }

    @BindToRegistry
    public PoisonRecords poisonRecords() {
        return poisonRecords;
    }
}

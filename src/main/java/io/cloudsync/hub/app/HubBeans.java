package io.cloudsync.hub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.api.AdminApi;
import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.api.ApiJson;
import io.cloudsync.hub.api.ConcurrencyLimiter;
import io.cloudsync.hub.api.KeyEncryptionKey;
import io.cloudsync.hub.api.KeyRing;
import io.cloudsync.hub.api.KeyedRateLimiter;
import io.cloudsync.hub.api.ReportsApi;
import io.cloudsync.hub.api.RequestAuthorizer;
import io.cloudsync.hub.api.SecretHasher;
import io.cloudsync.hub.api.SigningKeyCipher;
import io.cloudsync.hub.api.SyncApi;
import io.cloudsync.hub.api.SyncStatus;
import io.cloudsync.hub.api.TokenEndpoint;
import io.cloudsync.hub.api.TokenIssuer;
import io.cloudsync.hub.api.TokenSettings;
import io.cloudsync.hub.api.TokenVerifier;
import io.cloudsync.hub.camel.ApiErrorResponder;
import io.cloudsync.hub.camel.ApiGuard;
import io.cloudsync.hub.camel.DatabaseHealthCheck;
import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.camel.DeferredHttpTransport;
import io.cloudsync.hub.camel.IdempotentRepositories;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RequestHeaders;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.dashboard.DashboardAssets;
import io.cloudsync.hub.dashboard.DashboardStatus;
import io.cloudsync.hub.dashboard.DashboardTokens;
import io.cloudsync.hub.ingest.CustomerIngest;
import io.cloudsync.hub.ingest.IngestFailures;
import io.cloudsync.hub.ingest.OrderIngest;
import io.cloudsync.hub.ingest.IngestSettings;
import io.cloudsync.hub.ingest.ProductIngest;
import io.cloudsync.hub.ingest.ProductPages;
import io.cloudsync.hub.ingest.ProductReconcile;
import io.cloudsync.hub.ingest.Resync;
import io.cloudsync.hub.ingest.StockIngest;
import io.cloudsync.hub.camel.DeadLetterReplay;
import io.cloudsync.hub.ingest.SyncProgress;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMappingLoader;
import io.cloudsync.hub.marketsync.sink.MarketSyncCatalogueSource;
import io.cloudsync.hub.marketsync.sink.MarketSyncSink;
import io.cloudsync.hub.marketsync.sink.RequestBatcher;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.DatabaseSettings;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.db.ProcessedMessageRetention;
import io.cloudsync.hub.reports.ReportRepository;
import io.cloudsync.hub.reports.CustomerAnalytics;
import io.cloudsync.hub.reports.ProductPerformance;
import io.cloudsync.hub.reports.ReportExport;
import io.cloudsync.hub.reports.ReportJson;
import io.cloudsync.hub.reports.ReportRetention;
import io.cloudsync.hub.reports.Retention;
import io.cloudsync.hub.reports.SalesReport;
import io.cloudsync.hub.reports.SegmentRules;
import io.cloudsync.hub.reports.ShopZone;
import io.cloudsync.hub.sync.ProductWriteService;
import io.cloudsync.hub.sync.SyncFeed;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.api.SigningKeyRepository;
import io.cloudsync.hub.marketsync.sink.SinkLedger;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.store.StoreSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.apache.camel.CamelContext;

/**
 * The one place that builds the hub's beans from its configuration. Route files reach them by name
 * ({@code #bean:name} or {@code bean: name}); Java code receives them through constructors.
 */
public final class HubBeans implements AutoCloseable {

    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final HikariDataSource dataSource;
    private final DeferredHttpTransport http;
    private final ExecutorService storeReads;
    private final ExecutorService sinkRequests;

    private HubBeans(HubProperties properties) {
        this.dataSource = Database.openMigrated(DatabaseSettings.from(properties));
        this.http = new DeferredHttpTransport(properties.getInt("hub.http.connect-timeout"),
                properties.getInt("hub.http.read-timeout"));
        this.storeReads = Executors.newFixedThreadPool(4, daemonThreads("store-read"));
        this.sinkRequests = Executors.newFixedThreadPool(properties.getInt("hub.marketsync.max-in-flight"),
                daemonThreads("marketsync-call"));
        ObjectMapper json = CanonicalJson.mapper();
        SecretRedactor redactor = SecretRedactor.forConfiguration(properties.asMap());
        beans.put("hubProperties", properties);
        beans.put("hubJson", json);
        beans.put("dataSource", dataSource);
        beans.put("httpTransport", http);
        beans.put("stateDatabaseHealthCheck", new DatabaseHealthCheck(dataSource, redactor));
        beans.put("marketSyncSigner", new MarketSyncSigner(properties.get("hub.marketsync.token"),
                properties.get("hub.marketsync.private-key")));
        addStateBeans(redactor);
        addErrorHandlingBeans(properties);
        addIngestBeans(properties, json, redactor);
        addServedBeans(properties);
        addMarketSyncBeans(properties, json);
        addMarketplaceStatusBeans(properties, json);
        addApiBeans(properties, redactor);
    }

    private void addStateBeans(SecretRedactor redactor) {
        DeadLetterRepository deadLetters = new DeadLetterRepository(dataSource, redactor);
        beans.put("secretRedactor", redactor);
        beans.put("checkpointRepository", new CheckpointRepository(dataSource, redactor));
        beans.put("mirrorRepository", new MirrorRepository(dataSource));
        beans.put("stockSnapshotRepository", new StockSnapshotRepository(dataSource));
        beans.put("changeOutbox", new ChangeOutbox(dataSource));
        beans.put("sinkLedger", new SinkLedger(dataSource));
        beans.put("deadLetterRepository", deadLetters);
        beans.put("deadLetterStore", new DeadLetterStore(deadLetters));
        beans.put("processedMessageRetention", new ProcessedMessageRetention(dataSource));
        beans.put("reportRepository", new ReportRepository(dataSource));
    }

    private void addErrorHandlingBeans(HubProperties properties) {
        beans.put("redeliveryTracker", new RedeliveryTracker(
                java.time.Duration.ofMillis(properties.getLong("hub.retry.max-delay"))));
        beans.put("retryPolicy", new RetryPolicy(properties.getInt("hub.retry.max-attempts")));
    }

    private void addIngestBeans(HubProperties properties, ObjectMapper json, SecretRedactor redactor) {
        StoreSettings storeSettings = StoreSettings.from(properties);
        IngestSettings settings = IngestSettings.from(properties);
        StoreClient store = new StoreClient(storeSettings, http, json);
        StoreProductReader reader = new StoreProductReader(store, storeReads);
        CheckpointRepository checkpoints = bean("checkpointRepository");
        MirrorRepository mirror = bean("mirrorRepository");
        StockSnapshotRepository stock = bean("stockSnapshotRepository");
        ChangeOutbox outbox = bean("changeOutbox");
        ImageUrls imageUrls = new ImageUrls(storeSettings.url(), properties.get("hub.store.image-type"),
                Boolean.parseBoolean(properties.get("hub.store.friendly-urls")));
        ProductPages pages = new ProductPages(reader, mirror, stock, imageUrls, settings.language(), json);
        beans.put("storeClient", store);
        beans.put("productIngest", new ProductIngest(store, reader, pages, outbox, checkpoints, settings));
        beans.put("stockIngest", new StockIngest(reader, stock, pages, outbox, checkpoints, settings.idPageSize(),
                settings.malformedRetries()));
        beans.put("productReconcile", new ProductReconcile(reader, pages, mirror, stock, outbox, checkpoints,
                settings));
        ReportRepository reports = bean("reportRepository");
        Retention retention = Retention.parse(properties.get("hub.reports.retention"));
        beans.put("orderIngest", new OrderIngest(store, OrderIngest.reader(store, storeReads), mirror, reports, outbox,
                checkpoints, settings, retention, json));
        beans.put("customerIngest", new CustomerIngest(store, CustomerIngest.reader(store, storeReads), mirror, outbox,
                checkpoints, settings, json));
        beans.put("productWriteService", new ProductWriteService(store, reader, pages, settings.language()));
        beans.put("ingestFailures", new IngestFailures(checkpoints, redactor));
        beans.put("poisonRecords", new io.cloudsync.hub.ingest.PoisonRecords(bean("deadLetterRepository"), json)
                .flow(ProductIngest.FLOW, this.<ProductIngest>bean("productIngest")::reread)
                .flow(OrderIngest.FLOW, this.<OrderIngest>bean("orderIngest")::reread)
                .flow(CustomerIngest.FLOW, this.<CustomerIngest>bean("customerIngest")::reread)
                .flow(StockIngest.FLOW, this.<StockIngest>bean("stockIngest")::reread));
        beans.put("changeSetRepository", IdempotentRepositories.jdbc(dataSource, "change-sets"));
    }

    /**
     * What the HTTP layer serves from the mirror and the report tables: the sync feed, the reports and their
     * exports, and the retention job.
     */
    private void addServedBeans(HubProperties properties) {
        java.time.Clock clock = java.time.Clock.systemUTC();
        ReportRepository reports = bean("reportRepository");
        MirrorRepository mirror = bean("mirrorRepository");
        StoreClient store = bean("storeClient");
        ShopZone zone = ShopZone.of(bean("checkpointRepository"), OrderIngest.FLOW, store::timezone);
        SalesReport sales = new SalesReport(reports, zone, clock);
        ProductPerformance performance = new ProductPerformance(reports, mirror, zone, clock);
        CustomerAnalytics analytics = new CustomerAnalytics(reports, mirror, SegmentRules.from(properties), zone, clock);
        beans.put("shopZone", zone);
        beans.put("syncFeed", new SyncFeed(mirror));
        beans.put("salesReport", sales);
        beans.put("productPerformance", performance);
        beans.put("customerAnalytics", analytics);
        beans.put("reportExport", new ReportExport(sales, performance, analytics));
        beans.put("reportRetention", new ReportRetention(reports,
                Retention.parse(properties.get("hub.reports.retention")), zone, clock));
    }

    private void addMarketSyncBeans(HubProperties properties, ObjectMapper json) {
        MarketSyncSettings settings = MarketSyncSettings.from(properties);
        MarketSyncClient client = new MarketSyncClient(settings, settings.signer(), http, json);
        MarketSyncMapping mapping = mapping(properties);
        RequestBatcher batcher = new RequestBatcher(properties.getInt("hub.marketsync.batch-size"),
                properties.getInt("hub.marketsync.max-bytes"), json);
        MarketSyncCatalogueSource catalogue = new MarketSyncCatalogueSource(client, mapping,
                properties.getDuration("hub.marketsync.catalogue-ttl"), java.time.Clock.systemUTC(),
                new io.cloudsync.hub.http.CallRetry("marketsync-catalogue", properties.getInt("hub.retry.max-attempts"),
                        java.time.Duration.ofMillis(properties.getLong("hub.retry.initial-delay")),
                        java.time.Duration.ofMillis(properties.getLong("hub.retry.max-delay"))));
        DeadLetterRepository deadLetters = bean("deadLetterRepository");
        MirrorRepository mirror = bean("mirrorRepository");
        SinkLedger ledger = bean("sinkLedger");
        beans.put("marketSyncMapping", mapping);
        beans.put("marketSyncSink", new MarketSyncSink(mirror, bean("stockSnapshotRepository"), ledger, deadLetters,
                catalogue, mapping, client, batcher, json));
        beans.put("marketSyncRequests", sinkRequests);
        beans.put("deadLetterReplay", new DeadLetterReplay(deadLetters, 100));
        beans.put("syncProgress", new SyncProgress(mirror, ledger, deadLetters, MarketSyncSink.SINK));
    }

    /**
     * Order status back to the marketplaces ({@code routes/marketsync-order-status.camel.yaml}): the sink of store
     * order changes that sends {@code PUT pedidos} for the orders imported from a marketplace, and the guide poll.
     */
    private void addMarketplaceStatusBeans(HubProperties properties, ObjectMapper json) {
        MarketSyncSettings settings = MarketSyncSettings.from(properties);
        MarketSyncClient client = new MarketSyncClient(settings, settings.signer(), http, json);
        io.cloudsync.hub.marketsync.orders.ImportedOrders imports =
                new io.cloudsync.hub.marketsync.orders.ImportedOrders(dataSource);
        io.cloudsync.hub.marketsync.orders.StatusBackLedger ledger =
                new io.cloudsync.hub.marketsync.orders.StatusBackLedger(dataSource, java.time.Clock.systemUTC());
        io.cloudsync.hub.store.OrderCarriers carriers = new io.cloudsync.hub.store.OrderCarriers(bean("storeClient"));
        MarketSyncMapping mapping = bean("marketSyncMapping");
        beans.put("marketSyncOrderStatus", new io.cloudsync.hub.marketsync.orders.OrderStatusSink(
                bean("mirrorRepository"), imports, ledger, mapping.orderStatus(), client, carriers, json));
        beans.put("marketSyncOrderGuides", new io.cloudsync.hub.marketsync.orders.OrderGuides(imports, ledger, client,
                carriers, properties.getInt("hub.marketsync.guides-page-size")));
    }

    /**
     * The HTTP API's platform: the OAuth2 server (clients, signing keys in the state database, tokens), the guard
     * every /v1 route calls first, the error answers, the Admin API, and the sync and reporting endpoints over the
     * served services ({@code reportJson} writes their answers: snake_case, ISO dates, plain amounts).
     */
    private void addApiBeans(HubProperties properties, SecretRedactor redactor) {
        java.time.Clock clock = java.time.Clock.systemUTC();
        ObjectMapper apiJson = ApiJson.mapper();
        TokenSettings settings = new TokenSettings(properties.get("hub.api.issuer"), properties.get("hub.api.audience"),
                properties.getDuration("hub.api.token-ttl"), properties.getDuration("hub.api.clock-skew"));
        KeyRing keys = new KeyRing(new SigningKeyRepository(dataSource),
                new SigningKeyCipher(KeyEncryptionKey.from(properties)), settings.retiredKeyLife(), clock);
        keys.active();
        ApiClients clients = ApiClients.from(properties.asMap(), new SecretHasher());
        ConcurrencyLimiter concurrency = new ConcurrencyLimiter(properties.getInt("hub.api.max-concurrent"));
        int rateLimit = properties.getInt("hub.api.rate-limit");
        RequestAuthorizer authorizer = new RequestAuthorizer(new TokenVerifier(keys, settings, clients, clock),
                KeyedRateLimiter.perMinute("client-calls", rateLimit),
                KeyedRateLimiter.perMinute("dashboard-calls", rateLimit), concurrency,
                ApiClients.dashboardClient(properties.asMap()));
        beans.put("apiJson", apiJson);
        beans.put("apiKeyRing", keys);
        beans.put("apiConcurrency", concurrency);
        beans.put("tokenEndpoint", new TokenEndpoint(clients, new TokenIssuer(keys, settings, clock),
                KeyedRateLimiter.perMinute("token-failures", properties.getInt("hub.api.token-rate-limit"))));
        beans.put("requestHeaders", new RequestHeaders());
        beans.put("apiGuard", new ApiGuard(authorizer));
        beans.put("apiErrors", new ApiErrorResponder(apiJson, redactor));
        beans.put("adminApi", new AdminApi(bean("deadLetterRepository"), new Resync(dataSource, redactor), keys,
                apiJson, clock));
        beans.put("reportJson", ReportJson.mapper());
        beans.put("apiAnswer", new io.cloudsync.hub.camel.ApiAnswer(apiJson, bean("reportJson")));
        beans.put("syncApi", new SyncApi(bean("syncFeed"), bean("productWriteService")));
        beans.put("reportsApi", new ReportsApi(bean("salesReport"), bean("productPerformance"),
                bean("customerAnalytics"), bean("reportExport")));
        beans.put("syncStatus", new SyncStatus(bean("checkpointRepository"), bean("changeOutbox"),
                bean("deadLetterRepository"), bean("mirrorRepository"), redactor, clock));
        addDashboardBeans(properties, keys, settings, clock);
    }

    /**
     * The dashboard at {@code /}: its files, the dashboard-scoped tokens of {@code hub.api.dashboard-client} (no
     * secret), and the sync status a read or dashboard token may see.
     */
    private void addDashboardBeans(HubProperties properties, KeyRing keys, TokenSettings settings,
                                   java.time.Clock clock) {
        TokenSettings dashboardTokens = new TokenSettings(settings.issuer(), settings.audience(),
                properties.getDuration(DashboardTokens.TTL_KEY), settings.clockSkew());
        beans.put("dashboardAssets", new DashboardAssets());
        beans.put("dashboardTokens", new DashboardTokens(properties.find(DashboardTokens.CLIENT_KEY),
                new TokenIssuer(keys, dashboardTokens, clock),
                KeyedRateLimiter.perMinute("dashboard-tokens", DashboardTokens.PER_MINUTE)));
        beans.put("dashboardStatus", new DashboardStatus(bean("syncStatus")));
    }

    /**
     * The integrator's mapping file ({@code hub.marketsync.mapping-file}); without one, the defaults, and every
     * store category goes to {@code hub.marketsync.default-category-id}.
     */
    static MarketSyncMapping mapping(HubProperties properties) {
        java.nio.file.Path file = java.nio.file.Path.of(properties.get("hub.marketsync.mapping-file"));
        String defaultCategory = properties.find("hub.marketsync.default-category-id").orElse("");
        if (java.nio.file.Files.isRegularFile(file)) {
            return MarketSyncMappingLoader.load(file, defaultCategory);
        }
        org.slf4j.LoggerFactory.getLogger(HubBeans.class).warn("No MarketSync mapping file at {}: using the defaults;"
                + " store categories go to hub.marketsync.default-category-id", file.toAbsolutePath());
        return MarketSyncMappingLoader.parse("", "(no mapping file)", defaultCategory);
    }

    /**
     * A bean by its registry name, typed: how Java code outside the routes (the HTTP layer's processors, tests)
     * reaches the services ({@code syncFeed}, {@code salesReport}, {@code productWriteService}…).
     */
    public <T> T get(String name, Class<T> type) {
        Object bean = beans.get(name);
        if (!type.isInstance(bean)) {
            throw new IllegalArgumentException("no bean '" + name + "' of type " + type.getSimpleName());
        }
        return type.cast(bean);
    }

    @SuppressWarnings("unchecked")
    private <T> T bean(String name) {
        return (T) beans.get(name);
    }

    public static HubBeans create(HubProperties properties) {
        return new HubBeans(properties);
    }

    public void bindTo(BiConsumer<String, Object> registry) {
        beans.forEach(registry);
    }

    /** Hands the Camel context to the beans that send through it; called before the routes start. */
    public void attach(CamelContext context) {
        http.attach(context);
    }

    public io.cloudsync.hub.camel.HubMetrics metrics() {
        return new io.cloudsync.hub.camel.HubMetrics(bean("deadLetterRepository"), bean("checkpointRepository"),
                bean("changeOutbox"), java.time.Clock.systemUTC());
    }

    public ApiGuard apiGuard() {
        return bean("apiGuard");
    }

    public ObjectMapper apiJson() {
        return bean("apiJson");
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        storeReads.shutdownNow();
        sinkRequests.shutdownNow();
        try {
            http.close();
        } catch (Exception ignored) {
            // best effort: the process is stopping
        }
        dataSource.close();
    }
}

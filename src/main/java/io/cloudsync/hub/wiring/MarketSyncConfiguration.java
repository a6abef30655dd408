package io.cloudsync.hub.wiring;

import io.cloudsync.hub.http.RetrySettings;
import io.cloudsync.hub.ingest.SyncProgress;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMappingLoader;
import io.cloudsync.hub.marketsync.sink.MarketSyncCatalogueSource;
import io.cloudsync.hub.marketsync.sink.MarketSyncSink;
import io.cloudsync.hub.marketsync.sink.SinkLedger;
import io.cloudsync.hub.marketsync.sink.SinkSettings;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.slf4j.LoggerFactory;

/**
 * The MarketSync sink of {@code marketsync-products.camel.yaml}: the signed client, the integrator's mapping file,
 * the ledger of what MarketSync holds, the pool its requests run on, and the sync progress it reports.
 */
public final class MarketSyncConfiguration implements CamelConfiguration, AutoCloseable {

    private final MarketSyncSettings settings;
    private final MarketSyncMapping mapping;
    private final SinkLedger ledger;
    private final MarketSyncSink sink;
    private final ExecutorService requests;
    private final SyncProgress progress;
    private final MarketSyncClient client;
    private final MarketSyncSigner signer;

    MarketSyncConfiguration(PlatformConfiguration platform, MirrorConfiguration mirror,
                            DeadLetterConfiguration deadLetters, MarketSyncSettings settings, SinkSettings sinkSettings,
                            RetrySettings retry, Clock clock) {
        this.settings = settings;
        this.signer = settings.signer();
        this.mapping = mapping(settings, sinkSettings);
        this.ledger = new SinkLedger(platform.dataSource());
        this.requests = Executors.newFixedThreadPool(sinkSettings.maxInFlight(), DaemonThreads.named("marketsync-call"));
        this.client = new MarketSyncClient(settings, signer, platform.httpTransport(), platform.hubJson());
        MarketSyncCatalogueSource catalogue = new MarketSyncCatalogueSource(client, mapping,
                sinkSettings.catalogueTtl(), clock, retry.callRetry("marketsync-catalogue"));
        this.sink = new MarketSyncSink(mirror.mirrorRepository(), mirror.stockSnapshotRepository(), ledger,
                deadLetters.deadLetterRepository(), catalogue, mapping, client, sinkSettings.batcher(platform.hubJson()),
                platform.hubJson());
        this.progress = new SyncProgress(mirror.mirrorRepository(), ledger, deadLetters.deadLetterRepository(),
                MarketSyncSink.SINK);
    }

    /**
     * The integrator's mapping file; without one, the defaults, and every store category goes to
     * {@code hub.marketsync.default-category-id}.
     */
    static MarketSyncMapping mapping(MarketSyncSettings settings, SinkSettings sinkSettings) {
        if (Files.isRegularFile(sinkSettings.mappingFile())) {
            return MarketSyncMappingLoader.load(sinkSettings.mappingFile(), settings.defaultCategoryId());
        }
        LoggerFactory.getLogger(MarketSyncConfiguration.class).warn("No MarketSync mapping file at {}: using the"
                + " defaults; store categories go to hub.marketsync.default-category-id",
                sinkSettings.mappingFile().toAbsolutePath());
        return MarketSyncMappingLoader.parse("", "(no mapping file)", settings.defaultCategoryId());
    }

    /** The signed client every MarketSync call of the hub goes through. */
    public MarketSyncClient client() {
        return client;
    }

    @BindToRegistry
    public MarketSyncSigner marketSyncSigner() {
        return signer;
    }

    @BindToRegistry
    public MarketSyncMapping marketSyncMapping() {
        return mapping;
    }

    @BindToRegistry
    public SinkLedger sinkLedger() {
        return ledger;
    }

    @BindToRegistry
    public MarketSyncSink marketSyncSink() {
        return sink;
    }

    /** The pool the sink's requests run on ({@code hub.marketsync.max-in-flight} threads). */
    @BindToRegistry
    public ExecutorService marketSyncRequests() {
        return requests;
    }

    @BindToRegistry
    public SyncProgress syncProgress() {
        return progress;
    }

    @Override
    public void close() {
        requests.shutdownNow();
    }
}

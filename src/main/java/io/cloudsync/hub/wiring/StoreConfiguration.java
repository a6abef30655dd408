package io.cloudsync.hub.wiring;

import io.cloudsync.hub.store.ImageSettings;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.store.StoreSettings;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/** The store's Webservice: its client, and the reader that fetches a page's products in parallel. */
public final class StoreConfiguration implements CamelConfiguration, AutoCloseable {

    private static final int PARALLEL_READS = 4;

    private final StoreClient client;
    private final ExecutorService reads = Executors.newFixedThreadPool(PARALLEL_READS, DaemonThreads.named("store-read"));
    private final StoreProductReader productReader;
    private final ImageUrls imageUrls;

    StoreConfiguration(PlatformConfiguration platform, StoreSettings store, ImageSettings images) {
        this.client = new StoreClient(store, platform.httpTransport(), platform.hubJson());
        this.productReader = new StoreProductReader(client, reads);
        this.imageUrls = images.urls(store);
    }

    @BindToRegistry
    public StoreClient storeClient() {
        return client;
    }

    public StoreProductReader productReader() {
        return productReader;
    }

    /** The pool the order and customer readers fetch a page's records on. */
    ExecutorService reads() {
        return reads;
    }

    ImageUrls imageUrls() {
        return imageUrls;
    }

    @Override
    public void close() {
        reads.shutdownNow();
    }
}

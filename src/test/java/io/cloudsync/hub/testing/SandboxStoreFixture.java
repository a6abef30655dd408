package io.cloudsync.hub.testing;

import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.sandbox.store.ShopClock;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreSettings;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What a store-side test without Camel needs: the sandbox store on a shop clock frozen at {@code shopNow}, a client
 * for it (language {@code es}), a thread pool for the store reads and a fresh H2 state database; all closed at once.
 */
public final class SandboxStoreFixture implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final StoreSimulator store;
    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final ExecutorService reads = Executors.newFixedThreadPool(2);
    private final StoreClient client;

    public SandboxStoreFixture(StoreSandboxSettings settings, Instant shopNow) {
        store = StoreSimulator.start(vertx, settings, new ShopClock(Clock.systemUTC(), shopNow, true));
        client = new StoreClient(new StoreSettings(store.url(), StoreSandboxSettings.SANDBOX_KEY, "", "es"),
                new JdkHttpTransport(), CanonicalJson.mapper());
    }

    public StoreSimulator store() {
        return store;
    }

    public StoreClient client() {
        return client;
    }

    public ExecutorService reads() {
        return reads;
    }

    public TestDatabase db() {
        return db;
    }

    @Override
    public void close() throws InterruptedException {
        reads.shutdownNow();
        reads.awaitTermination(5, TimeUnit.SECONDS);
        store.close();
        vertx.close();
        db.close();
    }
}

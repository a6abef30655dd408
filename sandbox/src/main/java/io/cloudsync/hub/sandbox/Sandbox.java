package io.cloudsync.hub.sandbox;

import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSimulator;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.ShopClock;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import java.time.Clock;
import java.time.Instant;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/** Both simulators on one Vert.x: what {@code sandbox} and {@code demo} start, and what tests and the bench use. */
public final class Sandbox implements AutoCloseable {

    private final Vertx vertx;
    private final StoreSimulator store;
    private final MarketSyncSimulator marketSync;

    private Sandbox(Vertx vertx, StoreSimulator store, MarketSyncSimulator marketSync) {
        this.vertx = vertx;
        this.store = store;
        this.marketSync = marketSync;
    }

    /** Both simulators on {@value BindHost#KEY} (127.0.0.1 unless configured otherwise). */
    public static Sandbox start(HubProperties properties) {
        return start(StoreSandboxSettings.from(properties), MarketSyncSandboxSettings.from(properties), Instant.now(),
                new BindHost(properties.find(BindHost.KEY).orElse(BindHost.LOOPBACK.address())));
    }

    public static Sandbox start(StoreSandboxSettings storeSettings, MarketSyncSandboxSettings marketSyncSettings) {
        return start(storeSettings, marketSyncSettings, Instant.now());
    }

    /** The shop's clock starts at {@code shopNow} (its catalogue is generated as of then) and runs on from there. */
    public static Sandbox start(StoreSandboxSettings storeSettings, MarketSyncSandboxSettings marketSyncSettings,
                                Instant shopNow) {
        return start(storeSettings, marketSyncSettings, shopNow, BindHost.LOOPBACK);
    }

    private static Sandbox start(StoreSandboxSettings storeSettings, MarketSyncSandboxSettings marketSyncSettings,
                                 Instant shopNow, BindHost host) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(false));
        try {
            StoreSimulator store = StoreSimulator.start(vertx, storeSettings,
                    new ShopClock(Clock.systemUTC(), shopNow, false), host);
            MarketSyncSimulator marketSync = MarketSyncSimulator.start(vertx, marketSyncSettings, host);
            return new Sandbox(vertx, store, marketSync);
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    public StoreSimulator store() {
        return store;
    }

    public MarketSyncSimulator marketSync() {
        return marketSync;
    }

    @Override
    public void close() {
        try {
            marketSync.close();
        } finally {
            try {
                store.close();
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().join();
            }
        }
    }
}

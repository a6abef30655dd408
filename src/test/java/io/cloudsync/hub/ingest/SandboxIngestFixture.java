package io.cloudsync.hub.ingest;

import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.testing.SandboxStoreFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The product-side ingest (mirror, stock snapshot, outbox, checkpoints, the product flow) wired to a small sandbox
 * store: 20 products in Europe/Madrid, the shop clock frozen at 2024-06-15T10:00:00Z, language {@code es}. The
 * stock snapshot stamps its pages with the given clock. Closed at once, with the store and the database.
 */
final class SandboxIngestFixture implements AutoCloseable {

    private final SandboxStoreFixture sandbox = new SandboxStoreFixture(new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 20, 42, "Europe/Madrid", List.of("es", "en"), 5, 5, 10, 0),
            Instant.parse("2024-06-15T10:00:00Z"));
    private final TestDatabase db = sandbox.db();
    private final StoreProductReader reader = new StoreProductReader(sandbox.client(), sandbox.reads());
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final StockSnapshotRepository stock;
    private final ProductPages pages;
    private final ChangeOutbox outbox = new ChangeOutbox(db.dataSource());
    private final CheckpointRepository checkpoints = new CheckpointRepository(db.dataSource(),
            SecretRedactor.forConfiguration(Map.of()));
    private final IngestSettings settings = new IngestSettings(100, 1000, Duration.ofMinutes(5), "es");
    private final ProductIngest products;

    SandboxIngestFixture() {
        this(Clock.systemUTC());
    }

    SandboxIngestFixture(Clock snapshotClock) {
        stock = new StockSnapshotRepository(db.dataSource(), snapshotClock);
        pages = new ProductPages(reader, mirror, stock, new ImageUrls(sandbox.store().url(), "large_default", true),
                "es", CanonicalJson.mapper());
        products = new ProductIngest(sandbox.client(), reader, pages, outbox, checkpoints, settings);
    }

    StoreSimulator store() {
        return sandbox.store();
    }

    TestDatabase db() {
        return db;
    }

    MirrorRepository mirror() {
        return mirror;
    }

    StockSnapshotRepository stock() {
        return stock;
    }

    ChangeOutbox outbox() {
        return outbox;
    }

    CheckpointRepository checkpoints() {
        return checkpoints;
    }

    ProductIngest products() {
        return products;
    }

    ProductReconcile reconcile() {
        return new ProductReconcile(reader, pages, mirror, stock, outbox, checkpoints, settings);
    }

    /** The stock flow, reading {@code pageSize} stock lines a page. */
    StockIngest stockFlow(int pageSize) {
        return new StockIngest(reader, stock, pages, outbox, checkpoints, pageSize, 0);
    }

    @Override
    public void close() throws InterruptedException {
        sandbox.close();
    }
}

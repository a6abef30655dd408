package io.cloudsync.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.testing.SandboxStoreFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The product poll reads the names products refer to (categories, features, options) only when a page has products:
 * a poll of a store where nothing changed asks for none of them, one with a change asks once.
 */
class ProductPollNamesTest {

    private static final List<String> NAMES = List.of("categories", "product_features", "product_feature_values",
            "product_options", "product_option_values");

    private final SandboxStoreFixture sandbox = new SandboxStoreFixture(new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 20, 42, "Europe/Madrid", List.of("es", "en"), 5, 5, 10, 0),
            Instant.parse("2024-06-15T10:00:00Z"));
    private final TestDatabase db = sandbox.db();
    private final StoreProductReader reader = new StoreProductReader(sandbox.client(), sandbox.reads());
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final ProductPages pages = new ProductPages(reader, mirror, new StockSnapshotRepository(db.dataSource()),
            new ImageUrls(sandbox.store().url(), "large_default", true), "es", CanonicalJson.mapper());
    private final ChangeOutbox outbox = new ChangeOutbox(db.dataSource());
    private final ProductIngest products = new ProductIngest(sandbox.client(), reader, pages, outbox,
            new CheckpointRepository(db.dataSource(), SecretRedactor.forConfiguration(Map.of())),
            new IngestSettings(100, 1000, Duration.ofMinutes(5), "es"));

    @AfterEach
    void stop() throws InterruptedException {
        sandbox.close();
    }

    @Test
    void aPollWithNothingChangedReadsNoNamesAndOneWithAChangeReadsThemOnce() {
        poll();
        Map<String, Long> afterFirst = sandbox.store().shop().requestCounts();
        NAMES.forEach(name -> assertThat(afterFirst.get(name)).as(name).isEqualTo(1L));

        sandbox.store().shop().advanceClock(Duration.ofMinutes(10));
        poll();
        Map<String, Long> afterIdle = sandbox.store().shop().requestCounts();
        assertThat(afterIdle.get("products")).as("the poll ran").isGreaterThan(afterFirst.get("products"));
        NAMES.forEach(name -> assertThat(afterIdle.get(name)).as(name).isEqualTo(1L));

        sandbox.store().shop().advanceClock(Duration.ofMinutes(10));
        sandbox.store().shop().editProduct(3, Map.of("name", FieldInput.of("Renamed")));
        poll();
        NAMES.forEach(name -> assertThat(sandbox.store().shop().requestCounts().get(name)).as(name).isEqualTo(2L));
        assertThat(mirror.payloadOf(ProductIngest.FLOW, "3")).contains("Renamed");
    }

    private void poll() {
        IngestRun<ProductPages.Reading> run = products.start();
        while (run.hasMore()) {
            products.delivered(run, products.next(run));
        }
        products.finish(run);
    }
}

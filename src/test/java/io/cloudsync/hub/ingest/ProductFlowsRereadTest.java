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
 * The product flows as {@link IngestFlow}s against the sandbox store: each goes by the name its route and its dead
 * letters use, and a reread (a replayed dead letter) queues what the flow itself would queue.
 */
class ProductFlowsRereadTest {

    private final SandboxStoreFixture sandbox = new SandboxStoreFixture(new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 20, 42, "Europe/Madrid", List.of("es", "en"), 5, 5, 10, 0),
            Instant.parse("2024-06-15T10:00:00Z"));
    private final TestDatabase db = sandbox.db();
    private final StoreProductReader reader = new StoreProductReader(sandbox.client(), sandbox.reads());
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
    private final ProductPages pages = new ProductPages(reader, mirror, stock,
            new ImageUrls(sandbox.store().url(), "large_default", true), "es", CanonicalJson.mapper());
    private final ChangeOutbox outbox = new ChangeOutbox(db.dataSource());
    private final CheckpointRepository checkpoints = new CheckpointRepository(db.dataSource(),
            SecretRedactor.forConfiguration(Map.of()));
    private final IngestSettings settings = new IngestSettings(100, 1000, Duration.ofMinutes(5), "es");
    private final ProductIngest products = new ProductIngest(sandbox.client(), reader, pages, outbox, checkpoints,
            settings);
    private final ProductReconcile reconcile = new ProductReconcile(reader, pages, mirror, stock, outbox, checkpoints,
            settings);
    private final StockIngest stockFlow = new StockIngest(reader, stock, pages, outbox, checkpoints, 1000, 0);

    @AfterEach
    void stop() throws InterruptedException {
        sandbox.close();
    }

    @Test
    void eachFlowGoesByTheNameItsRouteAndItsCheckpointUse() {
        assertThat(List.<IngestFlow<?>>of(products, reconcile, stockFlow)).extracting(IngestFlow::name)
                .containsExactly(ProductIngest.FLOW, ProductReconcile.FLOW, StockIngest.FLOW);
    }

    @Test
    void theProductFlowRereadsOnlyWhatChangedWhileTheReconcilePassQueuesTheProductEveryTime() {
        assertThat(products.reread(List.of(3L)).storeIds()).as("new to the mirror").containsExactly("3");
        assertThat(products.reread(List.of(3L)).isEmpty()).as("unchanged").isTrue();

        assertThat(reconcile.reread(List.of(3L)).storeIds()).as("queued though unchanged").containsExactly("3");
        assertThat(outbox.pending(ProductReconcile.FLOW)).singleElement()
                .satisfies(set -> assertThat(set.storeIds()).containsExactly("3"));
    }

    /**
     * A combination added without touching the product's date has a stock line the snapshot has never seen. The stock
     * poll reads the product again for it, also when that line is alone on its page (the last one): a page whose
     * every line is new is not taken for the first poll of an empty snapshot.
     */
    @Test
    void aNewCombinationAloneOnTheLastStockPageIsReadIntoTheMirror() {
        products.reread(List.of(3L));
        runToTheEnd(stockFlow);
        int lines = sandbox.store().shop().data().stockAvailables.all().size();
        var existing = sandbox.store().shop().data().combinations.all().stream().filter(c -> c.productId() == 3)
                .toList();
        var unused = sandbox.store().shop().data().optionValues.all().stream()
                .filter(v -> existing.stream().noneMatch(c -> contains(c.optionValueIds(), v.id())))
                .filter(v -> v.groupId() == sandbox.store().shop().data().optionValues.get(
                        existing.get(0).optionValueIds()[0]).groupId())
                .findFirst().orElseThrow();
        int[] values = existing.get(0).optionValueIds().clone();
        values[0] = unused.id();
        sandbox.store().shop().addCombination(3, Map.of("reference",
                io.cloudsync.hub.sandbox.store.model.FieldInput.of("NEW-ALONE")), values, 4);

        runToTheEnd(new StockIngest(reader, stock, pages, outbox, checkpoints, lines, 0));

        assertThat(mirror.payloadOf(ProductIngest.FLOW, "3")).contains("NEW-ALONE");
    }

    private static void runToTheEnd(StockIngest flow) {
        IngestRun<Void> run = flow.start();
        while (run.hasMore()) {
            flow.delivered(run, flow.next(run));
        }
        flow.finish(run);
    }

    private static boolean contains(int[] values, int value) {
        return java.util.Arrays.stream(values).anyMatch(v -> v == value);
    }
}

package io.cloudsync.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The product flows as {@link IngestFlow}s against the sandbox store: each goes by the name its route and its dead
 * letters use, and a reread (a replayed dead letter) queues what the flow itself would queue.
 */
class ProductFlowsRereadTest {

    private final SandboxIngestFixture ingest = new SandboxIngestFixture();
    private final StoreSimulator store = ingest.store();
    private final MirrorRepository mirror = ingest.mirror();
    private final ChangeOutbox outbox = ingest.outbox();
    private final ProductIngest products = ingest.products();
    private final ProductReconcile reconcile = ingest.reconcile();
    private final StockIngest stockFlow = ingest.stockFlow(1000);

    @AfterEach
    void stop() throws InterruptedException {
        ingest.close();
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
        int lines = store.shop().data().stockAvailables.all().size();
        var existing = store.shop().data().combinations.all().stream().filter(c -> c.productId() == 3)
                .toList();
        var unused = store.shop().data().optionValues.all().stream()
                .filter(v -> existing.stream().noneMatch(c -> contains(c.optionValueIds(), v.id())))
                .filter(v -> v.groupId() == store.shop().data().optionValues.get(
                        existing.get(0).optionValueIds()[0]).groupId())
                .findFirst().orElseThrow();
        int[] values = existing.get(0).optionValueIds().clone();
        values[0] = unused.id();
        store.shop().addCombination(3, Map.of("reference",
                io.cloudsync.hub.sandbox.store.model.FieldInput.of("NEW-ALONE")), values, 4);

        runToTheEnd(ingest.stockFlow(lines));

        assertThat(mirror.payloadOf(ProductIngest.FLOW, "3")).contains("NEW-ALONE");
    }

    private static void runToTheEnd(StockIngest flow) {
        IngestRun<StockPass> run = flow.start();
        while (run.hasMore()) {
            flow.delivered(run, flow.next(run));
        }
        flow.finish(run);
    }

    private static boolean contains(int[] values, int value) {
        return java.util.Arrays.stream(values).anyMatch(v -> v == value);
    }
}

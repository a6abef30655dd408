package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.stock.InventoryDecision;
import io.cloudsync.hub.erp.stock.InventoryDecisions;
import io.cloudsync.hub.erp.stock.InventoryStep;
import io.cloudsync.hub.erp.stock.PurchaseRequests;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import io.cloudsync.hub.testing.TrytonWarehouse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * routes/erp-tryton-inventory.camel.yaml against a real trytond and the sandbox store, threshold 5: a product sold
 * down to its threshold gets exactly one purchase request over many runs; receiving that purchase in Tryton raises
 * the store's stock (and MarketSync's, through the store-stock poll) and closes the shortage; stock Tryton has that
 * the store does not show is written to the store without a request; a request made before a crash is found by its
 * marker, not made twice; a request deleted in Tryton closes its shortage, and a new one is raised.
 */
class ErpInventorySyncTest {

    private static final Duration SYNC = Duration.ofSeconds(90);

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    private static TrytonWarehouse tryton;
    private static InventoryDecisions decisions;
    private static List<StoreLine> lines;

    @BeforeAll
    static void start() throws Exception {
        TrytonDatabase db = TrytonServer.shared().newDatabase();
        Map<String, String> keys = new HashMap<>(db.hubProperties());
        keys.put("hub.erp.inventory-cron", "0/1 * * * * ?");
        keys.put("hub.erp.tryton.supplier", "Default supplier");
        keys.put("hub.inventory.low-stock-threshold", "5");
        harness = SyncHarness.start(dir, 12, keys);
        tryton = new TrytonWarehouse(db);
        decisions = harness.bean("inventoryDecisions", InventoryDecisions.class);
        Map<String, MappedProduct> expected = harness.expectedCatalogue();
        SyncHarness.await(SYNC, "the catalogue in MarketSync",
                () -> CatalogueSyncTest.mismatches(harness, expected).isEmpty());
        lines = StoreLine.inMarketSync(harness, 4);
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void aShortageGetsOnePurchaseRequestAndItsReceiptReachesTheStore() {
        StoreLine line = lines.get(0);
        storeShows(line, 50);
        long product = tryton.product(line.sku());
        tryton.inventory(product, 3);
        storeShows(line, 3);

        SyncHarness.await(SYNC, "a purchase request in Tryton", () -> tryton.requests(product).size() == 1);
        runsPass(3);

        JsonNode requests = tryton.requests(product);
        assertThat(requests).as("one request however many runs see the shortage").hasSize(1);
        JsonNode request = requests.get(0);
        assertThat(request.path("quantity").asDouble()).as("twice the threshold less the 3 available").isEqualTo(7.0);
        assertThat(request.path("state").asText()).isEqualTo("draft");
        assertThat(request.path("origin").isNull()).as("no origin: Tryton's supply run keeps it").isTrue();
        assertThat(request.path("party").isNull()).as("the supplier of hub.erp.tryton.supplier").isFalse();
        InventoryDecision shortage = decisions.newest(10, line.sku(), true).get(0);
        assertThat(request.path("description").asText())
                .isEqualTo(PurchaseRequests.marker(shortage.id(), line.sku()));
        assertThat(shortage.trytonId()).isEqualTo(request.path("id").asLong());
        assertThat(shortage).extracting(InventoryDecision::storeQuantity, InventoryDecision::threshold,
                InventoryDecision::trytonAvailable, InventoryDecision::quantity).containsExactly(3, 5, 3, 7);

        tryton.receive(tryton.purchaseOf(request.path("id").asLong()));

        SyncHarness.await(SYNC, "the received 10 in the store", () -> line.stock(harness) == 10);
        SyncHarness.await(SYNC, "and in MarketSync", () -> marketSyncStock(line.sku()) == 10);
        SyncHarness.await(SYNC, "the shortage closed", () -> decisions.newest(10, line.sku(), true).isEmpty());
        assertThat(decisions.newest(10, line.sku(), false)).extracting(InventoryDecision::action)
                .startsWith("received").contains("purchase-requested").doesNotContain("store-updated");
        assertThat(tryton.requests(product)).as("still the one request, now done").singleElement()
                .satisfies(done -> assertThat(done.path("state").asText()).isEqualTo("done"));
    }

    @Test
    void stockInTrytonTheStoreDoesNotShowIsWrittenWithoutARequest() {
        StoreLine line = lines.get(1);
        storeShows(line, 50);
        long product = tryton.product(line.sku());
        tryton.inventory(product, 9);
        storeShows(line, 2);

        SyncHarness.await(SYNC, "Tryton's 9 in the store", () -> line.stock(harness) == 9);
        runsPass(2);

        assertThat(tryton.requests(product)).isEmpty();
        assertThat(decisions.newest(10, line.sku(), false)).as("one write: the next runs wait for the poll to read it")
                .singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("store-updated");
            assertThat(row.storeQuantity()).isEqualTo(2);
            assertThat(row.quantity()).isEqualTo(9);
            assertThat(row.trytonId()).isNull();
        });

        // its dead letter replayed long after: Tryton's figure now is written, not the one it carries
        harness.hub().main().getCamelContext().createProducerTemplate().requestBody("direct:erp-tryton-inventory-step",
                "{\"decisionId\":0,\"action\":\"store-updated\",\"sku\":\"" + line.sku() + "\",\"productId\":"
                        + line.productId() + ",\"combinationId\":" + line.combinationId() + ",\"storeQuantity\":2,"
                        + "\"threshold\":5,\"available\":99,\"quantity\":99,\"trytonProduct\":" + product + "}");
        assertThat(line.stock(harness)).isEqualTo(9);
        assertThat(decisions.newest(1, line.sku(), false).get(0).quantity()).isEqualTo(9);
    }

    @Test
    void aRequestMadeBeforeACrashIsFoundByItsMarkerNotMadeAgain() {
        StoreLine line = lines.get(2);
        storeShows(line, 8);
        long product = tryton.product(line.sku());
        tryton.inventory(product, 8);
        // the hub recorded a shortage and Tryton created its request, then the hub stopped before noting its id
        InventoryStep recorded = decisions.open(new InventoryStep(0, "purchase-requested", line.sku(),
                line.productId(), line.combinationId(), 3, 5, 3, 7, product));
        long made = tryton.request(product, 7, PurchaseRequests.marker(recorded.decisionId(), line.sku()));

        SyncHarness.await(SYNC, "the shortage's request found", () -> decisions.requestsPending().isEmpty());
        runsPass(2);

        assertThat(tryton.requests(product)).extracting(r -> r.path("id").asLong()).containsExactly(made);
        assertThat(decisions.newest(10, line.sku(), true)).singleElement()
                .satisfies(row -> assertThat(row.trytonId()).isEqualTo(made));
    }

    @Test
    void aRequestDeletedInTrytonClosesItsShortageAndANewOneIsRaised() {
        StoreLine line = lines.get(3);
        storeShows(line, 50);
        long product = tryton.product(line.sku());
        tryton.inventory(product, 1);
        storeShows(line, 1);
        SyncHarness.await(SYNC, "a purchase request in Tryton", () -> tryton.requests(product).size() == 1);
        long first = tryton.requests(product).get(0).path("id").asLong();

        tryton.deleteRequest(first);

        SyncHarness.await(SYNC, "a new request", () -> tryton.requests(product).size() == 1
                && tryton.requests(product).get(0).path("id").asLong() != first);
        runsPass(2);
        assertThat(tryton.requests(product)).hasSize(1);
        List<InventoryDecision> rows = decisions.newest(10, line.sku(), false);
        assertThat(rows).extracting(InventoryDecision::action)
                .containsExactly("purchase-requested", "request-cancelled", "purchase-requested");
        assertThat(rows.get(2).closedAt()).as("the first shortage closed").isNotNull();
        assertThat(rows.get(0).trytonId()).isEqualTo(tryton.requests(product).get(0).path("id").asLong());
    }

    /** Sets the store's quantity and waits for the hub's stock poll to have read it. */
    private static void storeShows(StoreLine line, int quantity) {
        harness.shop().setStock(line.productId(), line.combinationId(), quantity);
        StockSnapshotRepository snapshot = harness.bean("stockSnapshotRepository", StockSnapshotRepository.class);
        SyncHarness.await(SYNC, "the store's " + quantity + " in the snapshot",
                () -> snapshot.quantity(line.productId(), line.combinationId()).orElse(-1) == quantity);
    }

    /** Waits for {@code runs} more whole runs of the inventory route. */
    private static void runsPass(int runs) {
        NotifyBuilder done = new NotifyBuilder(harness.hub().main().getCamelContext()).fromRoute("erp-tryton-inventory")
                .whenCompleted(runs + 1).create();
        assertThat(done.matches(SYNC.toSeconds(), TimeUnit.SECONDS)).as(runs + " more inventory runs").isTrue();
    }

    private static int marketSyncStock(String sku) {
        return harness.marketSync().productOfVariation(sku).flatMap(p -> p.variation(sku)).map(v -> v.stock())
                .orElse(-1);
    }
}

package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import io.cloudsync.hub.testing.TrytonWarehouse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * routes/erp-tryton-stock.camel.yaml against a real trytond and the sandbox store: with the stock master on, Tryton's
 * available quantity (on hand less what confirmed sales still have to ship; a purchase not received does not count)
 * is written to the store where the store differs, and reaches MarketSync through the store-stock poll. SKUs Tryton
 * does not know keep their store stock.
 */
class ErpStockMasterSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(90);

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    private static TrytonWarehouse tryton;

    @BeforeAll
    static void start() throws Exception {
        TrytonDatabase db = TrytonServer.shared().newDatabase();
        Map<String, String> keys = new HashMap<>(db.hubProperties());
        keys.put("hub.erp.stock-master", "true");
        keys.put("hub.erp.stock-cron", "0/1 * * * * ?");
        keys.put("hub.erp.inventory-cron", "0 0 0 1 1 ? 2099");
        harness = SyncHarness.start(dir, 12, keys);
        tryton = new TrytonWarehouse(db);
        Map<String, MappedProduct> expected = harness.expectedCatalogue();
        SyncHarness.await(SYNC, "the catalogue in MarketSync",
                () -> CatalogueSyncTest.mismatches(harness, expected).isEmpty());
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void trytonsAvailableStockIsWrittenToTheStoreWhereItDiffers() {
        List<StoreLine> lines = StoreLine.inMarketSync(harness, 3);
        StoreLine same = lines.get(0);
        StoreLine sold = lines.get(1);
        StoreLine stocked = lines.get(2);
        int sameQuantity = same.stock(harness);
        Map<String, Integer> before = storeStockByLine();

        long sameInTryton = tryton.product(same.sku());
        tryton.inventory(sameInTryton, sameQuantity);
        tryton.purchase(sameInTryton, 5);
        long soldInTryton = tryton.product(sold.sku());
        tryton.inventory(soldInTryton, sold.stock(harness) + 20);
        tryton.sell(soldInTryton, 3);
        tryton.inventory(tryton.product(stocked.sku()), stocked.stock(harness) + 2);
        int soldAvailable = before.get(sold.key()) + 17;
        int stockedAvailable = before.get(stocked.key()) + 2;

        SyncHarness.await(SYNC, "Tryton's available quantities in the store",
                () -> sold.stock(harness) == soldAvailable && stocked.stock(harness) == stockedAvailable);
        SyncHarness.await(SYNC, "the new quantities in MarketSync, through the store-stock poll",
                () -> marketSyncStock(sold.sku()) == soldAvailable
                        && marketSyncStock(stocked.sku()) == stockedAvailable);

        // a dead letter replayed long after its run: Tryton's figure now is written, not the one it carries
        harness.hub().main().getCamelContext().createProducerTemplate().requestBody("direct:erp-tryton-stock-line",
                "{\"sku\":\"" + sold.sku() + "\",\"productId\":" + sold.productId() + ",\"combinationId\":"
                        + sold.combinationId() + ",\"storeQuantity\":1,\"quantity\":99}");
        assertThat(sold.stock(harness)).isEqualTo(soldAvailable);

        assertThat(same.stock(harness)).as("a confirmed purchase not received yet is not available")
                .isEqualTo(sameQuantity);
        Map<String, Integer> after = storeStockByLine();
        // the lines written, and their product rows (the store sums a product's combinations there)
        after.keySet().removeAll(List.of(sold.key(), stocked.key(), sold.productId() + "/0",
                stocked.productId() + "/0"));
        before.keySet().retainAll(after.keySet());
        assertThat(after).as("SKUs Tryton does not know keep the store's stock").isEqualTo(before);
    }

    private static int marketSyncStock(String sku) {
        return harness.marketSync().productOfVariation(sku).flatMap(p -> p.variation(sku)).map(v -> v.stock())
                .orElse(-1);
    }

    /** The store's stock of every product and every combination, by line ("product/combination"). */
    private static Map<String, Integer> storeStockByLine() {
        Map<String, Integer> stock = new HashMap<>();
        for (Combination combination : harness.shop().data().combinations.all()) {
            StoreLine line = new StoreLine("", combination.productId(), combination.id());
            stock.put(line.key(), line.stock(harness));
        }
        for (Product product : harness.shop().data().products.all()) {
            StoreLine line = new StoreLine("", product.id(), 0);
            stock.put(line.key(), line.stock(harness));
        }
        return stock;
    }
}

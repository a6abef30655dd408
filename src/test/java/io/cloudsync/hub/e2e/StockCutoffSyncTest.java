package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.stock.MarketSyncTime;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports.OrderLine;
import io.cloudsync.hub.marketsync.stock.StockCutoff;
import io.cloudsync.hub.marketsync.stock.StockCutoffRepository;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.activity.MarketplaceActions;
import io.cloudsync.hub.storeorders.ImportLedger;
import io.cloudsync.hub.storeorders.ImportState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock cut-off through the real sink, against both simulators: a stock figure carries the imported
 * marketplace sales after the cut-off, a cut-off move pushes the touched SKU before it posts the new date, and a
 * sale on a marketplace, polled and created in the store, is added to its SKU's next push.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StockCutoffSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(60);
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant CUTOFF = NOW.minus(Duration.ofHours(2));
    private static final Instant REGISTERED = NOW.minus(Duration.ofHours(1));

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    private static DataSource dataSource;
    private static int productId;
    private static int combinationId;
    private static String variation;

    @BeforeAll
    static void start() throws Exception {
        harness = SyncHarness.start(dir, 30, Map.of("hub.marketsync.stock-cutoff.period", "1s",
                "hub.marketsync.stock-cutoff.settle-margin", "1m", "hub.poll.marketplace-orders", "1s",
                // a count read after an import holds it (the sandbox answers at once): no margin to wait out
                "hub.marketsync.stock-cutoff.read-margin", "0s"));
        dataSource = harness.bean("dataSource", DataSource.class);
        Map<String, MappedProduct> expected = harness.expectedCatalogue();
        SyncHarness.await(SYNC, "prices and stock delivered",
                () -> CatalogueSyncTest.mismatches(harness, expected).isEmpty());
        var product = harness.shop().data().products.all().stream()
                .filter(p -> harness.marketSync().product(p.reference()).map(m -> m.variations().size() > 1)
                        .orElse(false)).findFirst().orElseThrow();
        productId = product.id();
        variation = harness.marketSync().product(product.reference()).orElseThrow().variations().get(0).sku();
        combinationId = harness.shop().data().combinations.all().stream()
                .filter(c -> c.productId() == productId && variation.equals(c.reference()))
                .mapToInt(c -> c.id()).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    @Order(1)
    void aStockFigureCarriesTheImportedSalesAfterTheCutoff() {
        new StockCutoffRepository(dataSource, Clock.systemUTC()).save(new StockCutoff(CUTOFF, null));
        MarketplaceOrderImports imports = new MarketplaceOrderImports(dataSource,
                Clock.fixed(NOW.minus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        imports.recordSeen(List.of(new OrderLine(900001, 1, 4, REGISTERED, variation, 3)));
        imports.recordImported(900001, 555);

        harness.shop().setStock(productId, combinationId, 50);

        SyncHarness.await(SYNC, "50 in the store + 3 imported after the cut-off", () -> stockInMarketSync() == 53);
        assertThat(harness.marketSync().stockCutoff()).as("no move without the order poll's horizon").isEmpty();
    }

    @Test
    @Order(2)
    void aMovePushesTheTouchedSkuForTheNewDateBeforeItPostsIt() throws Exception {
        long since = harness.lastRequest();

        // the order poll's horizon, as its new-order pass keeps it (MarketSync sends no order here)
        CheckpointRepository checkpoints = new CheckpointRepository(dataSource,
                SecretRedactor.forConfiguration(Map.of()));
        LocalDateTime horizon = LocalDateTime.ofInstant(NOW, MarketSyncTime.ZONE);
        checkpoints.openWindow(MarketplaceOrderImports.FLOW, horizon, horizon, MarketSyncTime.ZONE);
        checkpoints.completeWindow(MarketplaceOrderImports.FLOW);

        SyncHarness.await(SYNC, "the new cut-off in MarketSync", () -> harness.marketSync().stockCutoff().isPresent());
        Instant target = NOW.minus(Duration.ofMinutes(1));
        assertThat(harness.marketSync().stockCutoff()).contains(LocalDateTime.ofInstant(target, MarketSyncTime.ZONE));
        assertThat(new StockCutoffRepository(dataSource, Clock.systemUTC()).load())
                .isEqualTo(new StockCutoff(target, null));
        assertThat(stockInMarketSync()).as("the sale is before the new date: the store count alone").isEqualTo(50);
        List<String> calls = harness.requestsSince(since).stream()
                .filter(r -> r.path().equals("stock") && (r.verb().equals("POST") || r.skus().contains(variation)))
                .map(LoggedRequest::verb).toList();
        assertThat(calls).containsExactly("PUT", "POST");
    }

    @Test
    @Order(3)
    void aMarketplaceSaleImportedIntoTheStoreIsAddedToThePushOfItsSku() {
        int storeBefore = storeStock();
        var sale = harness.marketSync().marketplaces().order(4,
                List.of(new MarketplaceActions.LineRequest(variation, 2, false, null)));

        ImportLedger ledger = harness.bean("importLedger", ImportLedger.class);
        MarketplaceOrderImports imports = harness.bean("marketplaceOrderImports", MarketplaceOrderImports.class);
        SyncHarness.await(SYNC, "the sale polled, created in the store and recorded as imported", () ->
                ledger.find(sale.id()).map(entry -> entry.state() == ImportState.ORDERED).orElse(false)
                        && imports.registeredAfter(CUTOFF, List.of(variation)).stream()
                        .anyMatch(line -> line.units() == 2 && line.imported()));
        assertThat(storeStock()).as("PrestaShop took the 2 units out").isEqualTo(storeBefore - 2);

        harness.shop().setStock(productId, combinationId, 60);

        SyncHarness.await(SYNC, "60 in the store + the 2 imported units registered after the cut-off",
                () -> stockInMarketSync() == 62);
        assertThat(teorico()).as("MarketSync deducts the sale: the true stock").isEqualTo(60);
    }

    private static int storeStock() {
        return harness.shop().data().stockOf(productId, combinationId).quantity();
    }

    private static int teorico() {
        return harness.marketSync().productOfVariation(variation).flatMap(p -> p.variation(variation))
                .map(v -> harness.marketSync().teorico(v)).orElse(-1);
    }

    private static int stockInMarketSync() {
        return harness.marketSync().productOfVariation(variation).flatMap(p -> p.variation(variation))
                .map(v -> v.stock()).orElse(-1);
    }
}

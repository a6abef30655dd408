package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.stock.MarketSyncTime;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports.OrderLine;
import io.cloudsync.hub.marketsync.stock.StockCutoff;
import io.cloudsync.hub.marketsync.stock.StockCutoffRepository;
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
import java.util.ArrayList;
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
    /** Long before anything this test registers. */
    private static final Instant CUTOFF = NOW.minus(Duration.ofHours(2));
    /** When the hub's ledger says MarketSync registered the sale of test 1 (set by it). */
    private static Instant registered;

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
                "hub.marketsync.stock-cutoff.settle-margin", "30s", "hub.poll.marketplace-orders", "1s",
                // a count read after an import holds it (the sandbox answers at once): no margin to wait out
                "hub.marketsync.stock-cutoff.read-margin", "0s"));
        dataSource = harness.bean("dataSource", DataSource.class);
        Map<String, MappedProduct> expected = harness.expectedCatalogue();
        SyncHarness.await(SYNC, "prices and stock delivered",
                () -> CatalogueSyncTest.mismatches(harness, expected).isEmpty());
        // the first move pushes its figures before it posts the date: until it is posted MarketSync holds none
        SyncHarness.await(SYNC, "a first stock cut-off in MarketSync", () -> harness.marketSync().stockCutoff()
                .isPresent());
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
        // the order poll's horizon follows MarketSync's clock (its answers' timestamp), and the cut-off stays the
        // settle margin behind it: a sale registered now is after the cut-off for that long
        registered = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MarketplaceOrderImports imports = new MarketplaceOrderImports(dataSource,
                Clock.fixed(NOW.minus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        imports.recordSeen(List.of(new OrderLine(900001, 1, 4, registered, variation, 3)));
        imports.recordImported(900001, 555);

        harness.shop().setStock(productId, combinationId, 50);

        SyncHarness.await(SYNC, "50 in the store + 3 imported after the cut-off", () -> stockInMarketSync() == 53);
        assertThat(harness.marketSync().stockCutoff()).as("the cut-off MarketSync applies is before the sale")
                .hasValueSatisfying(cutoff -> assertThat(cutoff).isBefore(mexicoCity(registered)));
    }

    @Test
    @Order(2)
    void aMovePushesTheTouchedSkuForTheNewDateBeforeItPostsIt() {
        long since = harness.lastRequest();
        List<Integer> figuresWithTheNewDate = new ArrayList<>();

        SyncHarness.await(SYNC, "the cut-off past the sale, in the hub and in MarketSync", () -> {
            boolean past = harness.marketSync().stockCutoff().map(c -> !c.isBefore(mexicoCity(registered)))
                    .orElse(false);
            if (past) {
                figuresWithTheNewDate.add(stockInMarketSync());
            }
            StockCutoff hub = new StockCutoffRepository(dataSource, Clock.systemUTC()).load();
            return past && hub.current() != null && !hub.current().isBefore(registered);
        });

        assertThat(figuresWithTheNewDate).as("MarketSync never held the new date with the figure for the old one")
                .isNotEmpty().doesNotContain(53);
        assertThat(stockInMarketSync()).as("the sale is before the new date: the store count alone").isEqualTo(50);
        List<LoggedRequest> calls = harness.requestsSince(since).stream()
                .filter(r -> r.path().equals("stock") && (r.verb().equals("POST") || r.skus().contains(variation)))
                .toList();
        List<LoggedRequest> pushes = calls.stream().filter(r -> r.verb().equals("PUT")).toList();
        assertThat(pushes).as("the touched SKU pushed once, for the new date").hasSize(1);
        assertThat(calls.get(calls.size() - 1).verb()).as("then the date posted").isEqualTo("POST");
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

    private static LocalDateTime mexicoCity(Instant at) {
        return LocalDateTime.ofInstant(at, MarketSyncTime.ZONE);
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

package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.stock.MarketSyncTime;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports.OrderLine;
import io.cloudsync.hub.marketsync.stock.StockCutoff;
import io.cloudsync.hub.marketsync.stock.StockCutoffRepository;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
 * marketplace sales after the cut-off, and a cut-off move pushes the touched SKU before it posts the new date.
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
                "hub.marketsync.stock-cutoff.settle-margin", "1m"));
        dataSource = harness.bean("dataSource", DataSource.class);
        // the order poll's horizon is this test's to set: the hub's own poll stopped, the horizon it wrote cleared
        harness.hub().main().getCamelContext().getRouteController().stopRoute("marketsync-orders");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM sync_checkpoint WHERE entity = ?")) {
            delete.setString(1, MarketplaceOrderImports.FLOW);
            delete.executeUpdate();
        }
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

        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_checkpoint (entity,"
                     + " synced_until, zone_id, status, updated_at) VALUES (?, ?, ?, 'idle', ?)")) {
            insert.setString(1, MarketplaceOrderImports.FLOW);
            insert.setObject(2, LocalDateTime.ofInstant(NOW, MarketSyncTime.ZONE));
            insert.setString(3, MarketSyncTime.ZONE.getId());
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }

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

    private static int stockInMarketSync() {
        return harness.marketSync().productOfVariation(variation).flatMap(p -> p.variation(variation))
                .map(v -> v.stock()).orElse(-1);
    }
}

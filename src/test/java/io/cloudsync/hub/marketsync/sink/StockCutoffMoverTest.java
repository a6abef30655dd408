package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.ClothingShop;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.marketsync.stock.MarketSyncTime;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports.OrderLine;
import io.cloudsync.hub.marketsync.stock.StockCutoff;
import io.cloudsync.hub.marketsync.stock.StockCutoffRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stages of a cut-off move around one delivery run: what it touches, and when it posts the new date. */
class StockCutoffMoverTest {

    private static final Instant C = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant KNOWN = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant T = KNOWN.minus(Duration.ofMinutes(10));
    private static final Instant IMPORTED = Instant.parse("2026-12-01T11:00:00Z");

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final SinkLedger ledger = new SinkLedger(db.dataSource());
    private final StockCutoffRepository cutoffs = new StockCutoffRepository(db.dataSource(), Clock.systemUTC());
    private final MarketplaceOrderImports imports = new MarketplaceOrderImports(db.dataSource(),
            Clock.fixed(IMPORTED, ZoneOffset.UTC));
    private final List<HttpCall> calls = new ArrayList<>();
    private boolean refuse;
    private final MarketSyncClient client = new MarketSyncClient(new MarketSyncSettings("http://marketsync.test",
            "token", "key", null), new MarketSyncSigner("token", "key"), this::answer, CanonicalJson.mapper());
    private final StockCutoffMover mover = new StockCutoffMover(cutoffs, imports, ledger,
            new MirrorRepository(db.dataSource()), client, Duration.ofMinutes(10));
    private final MappedProduct camiseta = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue())
            .map(ClothingShop.camiseta().build(), Map.of(101L, 5, 102L, 0, 103L, 2, 104L, 9));
    private final String sold = camiseta.variations().get(0).sku();

    @BeforeEach
    void camisetaInMarketSyncWithASaleBetweenTheDates() throws SQLException {
        LedgerDocument held = LedgerDocument.empty();
        held.put(LedgerDocument.stockKey(sold), ProductAspects.of(camiseta).stock().get(sold));
        new ProductLedger(ledger).write(List.of(new ProductLedger.Row(camiseta.sku(), "42", "900", held, Set.of(),
                false)), List.of());
        cutoffs.save(new StockCutoff(C, null));
        imports.recordSeen(List.of(new OrderLine(135001, 1, 4, C.plus(Duration.ofHours(2)), sold, 2)));
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_checkpoint (entity,"
                     + " synced_until, zone_id, status, updated_at) VALUES (?, ?, ?, 'idle', ?)")) {
            insert.setString(1, MarketplaceOrderImports.FLOW);
            insert.setObject(2, LocalDateTime.ofInstant(KNOWN, MarketSyncTime.ZONE));
            insert.setString(3, MarketSyncTime.ZONE.getId());
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theNewDateStaysBeforeAnOrderNotInTheStoreYet() {
        assertThat(mover.begin()).as("the date stays before the order not imported").satisfies(set -> {
            assertThat(cutoffs.load().pending()).isBefore(C.plus(Duration.ofHours(2)));
            assertThat(set.storeIds()).isEmpty();
        });
    }

    @Test
    void theMoveTouchesTheProductOfTheSoldSkuAndPostsOnlyAfterItWentThroughWithACountReadAfterTheImport() {
        imports.recordImported(135001, 77);

        ChangeSet move = mover.begin();
        assertThat(move.entity()).isEqualTo(StockCutoffMover.ENTITY);
        assertThat(move.storeIds()).containsExactly("42");
        assertThat(cutoffs.load()).isEqualTo(new StockCutoff(C, T));

        assertThat(delivered(run(Map.of(sold, IMPORTED.minusSeconds(1))))).contains("read before an import");
        assertThat(calls).isEmpty();
        assertThat(mover.begin().storeIds()).as("the move resumes with its date").containsExactly("42");
        assertThat(cutoffs.load()).isEqualTo(new StockCutoff(C, T));

        assertThat(delivered(run(Map.of(sold, IMPORTED)))).contains("moved to " + T);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.url()).startsWith("http://marketsync.test/api/stock?");
            assertThat(call.body()).isEqualTo("{\"update_stock\":\"" + MarketSyncTime.text(T) + "\"}");
        });
        assertThat(cutoffs.load()).isEqualTo(new StockCutoff(T, null));
    }

    @Test
    void aFailedProductHoldsTheMoveBack() {
        imports.recordImported(135001, 77);
        mover.begin();
        MarketSyncRun run = run(Map.of(sold, IMPORTED));
        run.plans().get(0).fail(new ProductPlan.Failure("x", "refused", "stock", 1, false));

        assertThat(delivered(run)).contains("was not pushed");
        assertThat(calls).isEmpty();
        assertThat(cutoffs.load().moving()).isTrue();
    }

    @Test
    void aCutoffMarketSyncDoesNotConfirmStaysPendingForTheNextTry() {
        imports.recordImported(135001, 77);
        mover.begin();
        refuse = true;

        assertThat(delivered(run(Map.of(sold, IMPORTED)))).contains("not moved yet");
        assertThat(cutoffs.load()).isEqualTo(new StockCutoff(C, T));
    }

    /** The sink delivers a large move in slices: the move completes after the last one, with what each delivered. */
    @Test
    void aMoveDeliveredInSlicesCompletesWithWhatEverySliceDelivered() {
        imports.recordImported(135001, 77);
        mover.begin();
        mover.delivered(new MarketSyncRun(new ChangeSet(0, StockCutoffMover.ENTITY, List.of("43")), List.of(),
                new RequestBatcher(100, 1_000_000, CanonicalJson.mapper()), ledger, Map.of()));
        assertThat(mover.complete()).as("the slice with the sold SKU's product not delivered").contains("not moved yet");

        mover.delivered(run(Map.of(sold, IMPORTED)));
        mover.delivered(new MarketSyncRun(new ChangeSet(0, StockCutoffMover.ENTITY, List.of("44")), List.of(),
                new RequestBatcher(100, 1_000_000, CanonicalJson.mapper()), ledger, Map.of()));

        assertThat(mover.complete()).contains("moved to " + T);
        assertThat(cutoffs.load()).isEqualTo(new StockCutoff(T, null));
    }

    private String delivered(MarketSyncRun run) {
        mover.delivered(run);
        return mover.complete();
    }

    private MarketSyncRun run(Map<String, Instant> countReadAt) {
        ProductPlan plan = ProductPlan.live("42", camiseta, ProductAspects.of(camiseta),
                ProductDiff.between(AcceptedProduct.of(camiseta), camiseta), "900", true);
        return new MarketSyncRun(new ChangeSet(0, StockCutoffMover.ENTITY, List.of("42")), List.of(plan),
                new RequestBatcher(100, 1_000_000, CanonicalJson.mapper()), ledger, countReadAt);
    }

    private HttpResult answer(HttpCall call) {
        calls.add(call);
        if (refuse) {
            return new HttpResult(503, Map.of(), "{\"error\":\"busy\"}");
        }
        return new HttpResult(200, Map.of(), "{\"answer\":{\"result\":\"Date-Stock updated\"},\"timestamp\":\"x\"}");
    }
}

package io.cloudsync.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.StockKey;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stock poll against the sandbox store: a page whose text is the same as when the poll last saved it is skipped
 * (nothing parsed, nothing written), a page that changed is compared, a fingerprint never hides a change written to
 * the snapshot by another flow, and no page is read while the product flow's first sync is under way.
 */
class StockPollPagesTest {

    private static final int PAGE = 7;

    private final MutableClock clock = MutableClock.at("2024-06-15T10:00:00Z");
    private final SandboxIngestFixture ingest = new SandboxIngestFixture(clock);
    private final StoreSimulator store = ingest.store();
    private final TestDatabase db = ingest.db();
    private final StockSnapshotRepository stock = ingest.stock();
    private final CheckpointRepository checkpoints = ingest.checkpoints();
    private final ProductIngest products = ingest.products();
    private final StockIngest stockFlow = ingest.stockFlow(PAGE);

    @AfterEach
    void stop() throws InterruptedException {
        ingest.close();
    }

    @Test
    void aPageWhoseTextIsTheSameAgainIsSkippedAndOneThatChangedIsCompared() throws SQLException {
        List<ChangeSet> first = poll();
        assertThat(first).as("every line is new").isNotEmpty();
        int pagesSaved = countPages();
        assertThat(pagesSaved).as("every page, the last one short or empty").isEqualTo(lines() / PAGE + 1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(poll()).as("the first pass of ids and quantities: other texts, the same lines").isEmpty();
        Instant firstSave = clock.instant();

        clock.advance(Duration.ofSeconds(30));
        assertThat(poll()).as("nothing changed").isEmpty();
        assertThat(savedAt()).as("no page saved again: each was skipped on its fingerprint")
                .containsOnly(firstSave);

        StockAvailable line = store.shop().data().stockAvailables.all().get(PAGE + 1);
        store.shop().setStock(line.productId(), line.combinationId(), line.quantity() + 5);
        clock.advance(Duration.ofSeconds(30));
        assertThat(poll()).flatExtracting(ChangeSet::storeIds).containsOnly(Long.toString(line.productId()));
        assertThat(stock.quantity(line.productId(), line.combinationId())).contains(line.quantity() + 5);
        // the combination's line and its product's line (their sum) changed: one or two pages, not the others
        assertThat(savedAt()).as("only the pages that changed saved again").containsOnly(firstSave, clock.instant())
                .filteredOn(clock.instant()::equals).hasSizeBetween(1, 2);
    }

    /**
     * The product flow writes a quantity it read to the snapshot; the store then goes back to the quantity the poll
     * saved with the page's fingerprint. The page's text is the same as then, but the snapshot is not: the poll
     * compares it and brings the snapshot back.
     */
    @Test
    void aFingerprintNeverHidesAQuantityAnotherFlowWroteToTheSnapshot() {
        poll();
        StockAvailable line = store.shop().data().stockAvailables.all().get(2);
        store.shop().setStock(line.productId(), line.combinationId(), line.quantity() + 7);
        products.reread(List.of((long) line.productId()));
        assertThat(stock.quantity(line.productId(), line.combinationId())).contains(line.quantity() + 7);

        store.shop().setStock(line.productId(), line.combinationId(), line.quantity());
        poll();

        assertThat(stock.quantity(line.productId(), line.combinationId())).contains(line.quantity());
    }

    @Test
    void afterTheFirstPassOnlyIdsAndQuantitiesAreReadAndAChangeIsStillFound() {
        long before = store.shop().requests().bytesSent();
        poll();
        long wholePass = store.shop().requests().bytesSent() - before;

        StockAvailable line = store.shop().data().stockAvailables.all().get(PAGE + 2);
        store.shop().setStock(line.productId(), line.combinationId(), line.quantity() + 3);
        clock.advance(Duration.ofSeconds(30));
        before = store.shop().requests().bytesSent();
        assertThat(poll()).flatExtracting(ChangeSet::storeIds).contains(Long.toString(line.productId()));
        long quantitiesPass = store.shop().requests().bytesSent() - before;

        assertThat(stock.quantity(line.productId(), line.combinationId())).contains(line.quantity() + 3);
        assertThat(quantitiesPass).as("ids and quantities: well under half the text").isLessThan(wholePass / 2);
    }

    @Test
    void aLineTheSnapshotDoesNotKnowIsReadWholeByItsId() {
        poll();
        var product = store.shop().data().combinations.all().get(0);
        var unused = store.shop().data().optionValues.all().stream()
                .filter(v -> v.groupId() == store.shop().data().optionValues.get(product.optionValueIds()[0]).groupId())
                .filter(v -> store.shop().data().combinations.all().stream()
                        .filter(c -> c.productId() == product.productId())
                        .noneMatch(c -> c.optionValueIds()[0] == v.id()))
                .findFirst().orElseThrow();
        int[] values = product.optionValueIds().clone();
        values[0] = unused.id();
        var added = store.shop().addCombination(product.productId(), java.util.Map.of("reference",
                io.cloudsync.hub.sandbox.store.model.FieldInput.of("NEW-LINE")), values, 9);
        clock.advance(Duration.ofSeconds(30));

        assertThat(poll()).flatExtracting(ChangeSet::storeIds).contains(Long.toString(product.productId()));
        assertThat(stock.quantity(product.productId(), added.id())).contains(9);
    }

    /**
     * MySQL may give a deleted line's id to a new line after a restart: a pass of ids and quantities would then
     * book the new line's quantity to the old line's product. The hourly pass of whole lines sets it right.
     */
    @Test
    void anHourLaterAPassReadsWholeLinesAgainAndSetsAReusedLineIdRight() throws SQLException {
        poll();
        List<StockAvailable> all = store.shop().data().stockAvailables.all();
        StockAvailable moved = all.get(1);
        StockAvailable other = all.get(all.size() - 1);
        try (Connection connection = db.dataSource().getConnection()) {
            connection.createStatement().executeUpdate("UPDATE stock_snapshot SET stock_id = NULL WHERE stock_id = "
                    + moved.id());
            connection.createStatement().executeUpdate("UPDATE stock_snapshot SET stock_id = " + moved.id()
                    + " WHERE product_id = " + other.productId() + " AND combination_id = " + other.combinationId());
        }
        store.shop().setStock(moved.productId(), moved.combinationId(), moved.quantity() + 4);
        clock.advance(Duration.ofSeconds(30));
        poll();
        assertThat(stock.quantity(moved.productId(), moved.combinationId())).as("booked to the wrong line")
                .contains(moved.quantity());

        clock.advance(StockIngest.WHOLE_PASS_EVERY);
        poll();

        assertThat(stock.quantity(moved.productId(), moved.combinationId())).contains(moved.quantity() + 4);
        assertThat(stock.quantity(other.productId(), other.combinationId())).contains(other.quantity());
    }

    @Test
    void noStockPageIsReadWhileTheProductFlowsFirstSyncIsUnderWay() {
        checkpoints.openWindow(ProductIngest.FLOW, LocalDateTime.parse("1970-01-01T00:00:00"),
                LocalDateTime.parse("2024-06-15T12:00:00"), ZoneId.of("Europe/Madrid"));
        long before = stockRequests();
        assertThat(poll()).isEmpty();
        assertThat(stockRequests()).isEqualTo(before);
        assertThat(stock.quantities(productIds())).isEmpty();

        checkpoints.recordFailure(ProductIngest.FLOW, "the store answered HTTP 500 on /api/products");
        assertThat(poll()).as("a failed product flow is not waited for").isNotEmpty();

        checkpoints.completeWindow(ProductIngest.FLOW);
        checkpoints.openWindow(ProductIngest.FLOW, LocalDateTime.parse("2024-06-15T11:55:00"),
                LocalDateTime.parse("2024-06-15T12:01:00"), ZoneId.of("Europe/Madrid"));
        StockAvailable line = store.shop().data().stockAvailables.all().get(0);
        store.shop().setStock(line.productId(), line.combinationId(), line.quantity() + 1);
        assertThat(poll()).as("later windows are not the first sync").isNotEmpty();
    }

    private List<ChangeSet> poll() {
        List<ChangeSet> changed = new ArrayList<>();
        IngestRun<StockPass> run = stockFlow.start();
        while (run.hasMore()) {
            ChangeSet set = stockFlow.next(run);
            if (!set.isEmpty()) {
                changed.add(set);
            }
            stockFlow.delivered(run, set);
        }
        stockFlow.finish(run);
        return changed;
    }

    private int lines() {
        return store.shop().data().stockAvailables.all().size();
    }

    private List<Long> productIds() {
        return store.shop().data().stockAvailables.all().stream().map(s -> (long) s.productId()).distinct()
                .toList();
    }

    private long stockRequests() {
        return store.shop().requestCounts().getOrDefault("stock_availables", 0L);
    }

    private int countPages() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM stock_page")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private List<Instant> savedAt() throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT saved_at FROM stock_page")) {
            while (rows.next()) {
                times.add(rows.getObject(1, java.time.OffsetDateTime.class).toInstant());
            }
        }
        return times;
    }
}

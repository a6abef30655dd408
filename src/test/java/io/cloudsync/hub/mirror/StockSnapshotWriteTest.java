package io.cloudsync.hub.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.SqlDialect;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.StockSnapshotWrite.Line;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** New lines are inserted, known ones updated; the writers that add lines take turns on the products' sequence. */
class StockSnapshotWriteTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @EngineTest
    void newLinesAreInsertedAndKnownLinesUpdatedKeepingTheirStockId(TestDatabase db) throws Exception {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        stock.applyPage(List.of(new StockLevel(1, 0, 5, 101), new StockLevel(1, 11, 2, 111)));

        try (Connection connection = db.dataSource().getConnection()) {
            StockSnapshotWrite.save(connection, SqlDialect.of(db.dataSource()), List.of(new StockLevel(1, 0, 4),
                    new StockLevel(1, 12, 7, 112), new StockLevel(2, 0, 9)), Map.of(new StockKey(1, 0),
                    new Line(5, 101), new StockKey(1, 11), new Line(2, 111)), AT);
        }

        assertThat(stock.quantities(List.of(1L, 2L))).containsOnly(Map.entry(new StockKey(1, 0), 4),
                Map.entry(new StockKey(1, 11), 2), Map.entry(new StockKey(1, 12), 7), Map.entry(new StockKey(2, 0), 9));
        assertThat(stock.linesByStockId(List.of(101L, 111L, 112L))).containsOnly(
                Map.entry(101L, new StockKey(1, 0)), Map.entry(111L, new StockKey(1, 11)),
                Map.entry(112L, new StockKey(1, 12)));
        assertThat(stock.changedAt(List.of(1L, 2L))).containsEntry(new StockKey(1, 0), AT)
                .containsEntry(new StockKey(1, 12), AT).containsEntry(new StockKey(2, 0), AT)
                .doesNotContainEntry(new StockKey(1, 11), AT);
    }

    @EngineTest
    void aLineDeletedSinceItWasReadIsWrittenAgain(TestDatabase db) throws Exception {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        stock.applyPage(List.of(new StockLevel(1, 0, 5, 101), new StockLevel(2, 0, 3)));
        Map<StockKey, Line> read = Map.of(new StockKey(1, 0), new Line(5, 101), new StockKey(2, 0), new Line(3, 0));
        stock.deleteProducts(List.of(1L));

        try (Connection connection = db.dataSource().getConnection()) {
            StockSnapshotWrite.save(connection, SqlDialect.of(db.dataSource()), List.of(new StockLevel(1, 0, 6),
                    new StockLevel(2, 0, 4)), read, AT);
        }

        assertThat(stock.quantities(List.of(1L, 2L))).containsOnly(Map.entry(new StockKey(1, 0), 6),
                Map.entry(new StockKey(2, 0), 4));
        assertThat(stock.linesByStockId(List.of(101L))).containsOnly(Map.entry(101L, new StockKey(1, 0)));
    }

    @EngineTest
    void aConfirmationWaitsForAPageWritingTheSameNewLine(TestDatabase db) throws Exception {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        CompletableFuture<?> confirm;
        try (Connection page = db.dataSource().getConnection()) {
            page.setAutoCommit(false);
            MirrorPageWrite.lockSequence(page, SqlDialect.of(db.dataSource()), StockSnapshotRepository.PRODUCTS);
            StockSnapshotWrite.save(page, SqlDialect.of(db.dataSource()), List.of(new StockLevel(5, 0, 1)), Map.of(),
                    AT);
            confirm = CompletableFuture.runAsync(() -> stock.confirm(List.of(new StockLevel(5, 0, 2)), AT, "stock"));
            Thread.sleep(300); // lets the confirmation reach the sequence row (without the lock: the insert)
            page.commit();
        }

        confirm.get(30, TimeUnit.SECONDS);
        assertThat(stock.quantity(5, 0)).contains(2);
    }
}

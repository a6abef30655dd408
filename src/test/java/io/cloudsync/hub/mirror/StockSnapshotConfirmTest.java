package io.cloudsync.hub.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.outbox.ChangeSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Lines read again before a stock cut-off move: each carries the time its read started, changed or not. */
class StockSnapshotConfirmTest {

    @EngineTest
    void everyConfirmedLineTakesTheReadsStartAndOnlyChangedProductsAreQueued(TestDatabase db) {
        MutableClock clock = MutableClock.at("2026-12-01T10:00:00Z");
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource(), clock);
        stock.applyPage(List.of(new StockLevel(7, 0, 5), new StockLevel(8, 81, 2), new StockLevel(8, 82, 4)));
        clock.advance(Duration.ofHours(1));
        Instant readStartedAt = stock.now();
        clock.advance(Duration.ofSeconds(20));

        ChangeSet queued = stock.confirm(List.of(new StockLevel(7, 0, 5), new StockLevel(8, 81, 1),
                new StockLevel(8, 82, 4)), readStartedAt, "stock");

        assertThat(queued.storeIds()).containsExactly("8");
        assertThat(stock.changedAt(List.of(7L, 8L))).containsExactlyInAnyOrderEntriesOf(Map.of(
                new StockKey(7, 0), readStartedAt, new StockKey(8, 81), readStartedAt,
                new StockKey(8, 82), readStartedAt));
        assertThat(stock.quantities(List.of(8L))).containsEntry(new StockKey(8, 81), 1);
    }
}

package io.cloudsync.hub.marketsync.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Instant;

class StockCutoffRepositoryTest {

    private static final Instant C = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant T = Instant.parse("2026-12-01T07:30:15Z");

    @EngineTest
    void theCutoffAndAMoveUnderWayAreKeptAcrossRestarts(TestDatabase db) {
        MutableClock clock = MutableClock.at("2026-12-01T08:00:00Z");
        StockCutoffRepository cutoffs = new StockCutoffRepository(db.dataSource(), clock);
        assertThat(cutoffs.load()).isEqualTo(StockCutoff.none());

        cutoffs.save(new StockCutoff(C, null).begin(T));
        assertThat(new StockCutoffRepository(db.dataSource(), clock).load()).isEqualTo(new StockCutoff(C, T));

        cutoffs.save(cutoffs.load().completed());
        assertThat(cutoffs.load()).isEqualTo(new StockCutoff(T, null));
    }
}

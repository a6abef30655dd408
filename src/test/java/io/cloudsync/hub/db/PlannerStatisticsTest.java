package io.cloudsync.hub.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class PlannerStatisticsTest {

    @Test
    void aTableIsStaleOnceAFifthOfItsRowsAndAThousandChangedSinceMeasured() {
        assertThat(PlannerStatistics.isStale(0, 999)).as("a few rows never").isFalse();
        assertThat(PlannerStatistics.isStale(0, 1_000)).as("a table filled from empty").isTrue();
        assertThat(PlannerStatistics.isStale(100_000, 20_000)).isFalse();
        assertThat(PlannerStatistics.isStale(100_000, 20_001)).isTrue();
        assertThat(PlannerStatistics.isStale(2_000, 1_500)).isTrue();
    }

    @EngineTest
    void aBulkLoadedTableIsMeasuredAgainOnceOnPostgresqlAndNothingIsDoneOnH2(TestDatabase db) throws SQLException {
        PlannerStatistics statistics = new PlannerStatistics(db.dataSource());
        insertMirrorRows(db, 3_000);
        if (db.engine() == TestDatabase.Engine.H2) {
            assertThat(statistics.refresh()).isEmpty();
            return;
        }
        // the counts reach pg_stat_user_tables when the writing backend reports them (forced above, but asynchronous)
        AtomicReference<List<String>> analyzed = new AtomicReference<>(List.of());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            analyzed.set(statistics.refresh());
            return analyzed.get().contains("mirror_record");
        });
        assertThat(analyzed.get()).doesNotContain("dead_letter");
        assertThat(statistics.refresh()).as("measured: not stale any more").doesNotContain("mirror_record");
    }

    private static void insertMirrorRows(TestDatabase db, int count) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO mirror_record (entity, store_id,"
                        + " sku, content_hash, payload, deleted, sync_action, change_seq, first_seen, changed_at)"
                        + " VALUES ('products', ?, ?, 'h', '{}', FALSE, 'created', ?, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)")) {
            for (int n = 1; n <= count; n++) {
                insert.setString(1, Integer.toString(n));
                insert.setString(2, "SKU-" + n);
                insert.setLong(3, n);
                insert.addBatch();
            }
            insert.executeBatch();
            if (db.engine() == TestDatabase.Engine.POSTGRESQL) {
                try (Statement flush = connection.createStatement()) {
                    flush.execute("SELECT pg_stat_force_next_flush()");
                }
            }
        }
    }
}

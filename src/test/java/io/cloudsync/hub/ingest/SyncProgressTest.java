package io.cloudsync.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.marketsync.sink.SinkLedger;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.IntStream;

class SyncProgressTest {

    @EngineTest
    void theLineCountsDeliveredProductsAndEveryPendingLetterButQuotesOnlyThree(TestDatabase db) throws SQLException {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        mirror.writePage("test", ProductIngest.ENTITY, IntStream.rangeClosed(1, 3)
                .mapToObj(id -> MirrorUpsert.of(Integer.toString(id), "SKU-" + id, "{\"id\":" + id + "}")).toList());
        delivered(db, "SKU-1", "1");
        DeadLetterRepository letters = new DeadLetterRepository(db.dataSource(), SecretRedactor.none());
        IntStream.rangeClosed(1, 1204).forEach(n -> letters.record(failure("SKU-X" + n)));
        SyncProgress progress = new SyncProgress(mirror, new SinkLedger(db.dataSource()), letters, "marketsync");

        String line = progress.report();

        assertThat(line).startsWith("products 1/3 delivered to marketsync, 1,204 dead letters: #")
                .endsWith("; … (dlq list)");
        assertThat(line.split("; #")).as("three letters quoted").hasSize(3);
        assertThat(line).contains("SKU SKU-X").contains("refused by MarketSync");
    }

    @EngineTest
    void aLineIsLoggedOnlyWhenItChanged(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        DeadLetterRepository letters = new DeadLetterRepository(db.dataSource(), SecretRedactor.none());
        SyncProgress progress = new SyncProgress(mirror, new SinkLedger(db.dataSource()), letters, "marketsync");

        assertThat(progress.changed()).isEqualTo("products 0/0 delivered to marketsync, 0 dead letters");
        assertThat(progress.changed()).isNull();
        letters.record(failure("SKU-9"));
        assertThat(progress.changed()).startsWith("products 0/0 delivered to marketsync, 1 dead letter: #")
                .doesNotContain("dlq list");
    }

    @EngineTest
    void theQuotedLettersFollowThePendingOnesAsTheyComeGoAndFailAgain(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        DeadLetterRepository letters = new DeadLetterRepository(db.dataSource(), SecretRedactor.none());
        SyncProgress progress = new SyncProgress(mirror, new SinkLedger(db.dataSource()), letters, "marketsync");
        long first = letters.record(failure("SKU-A"));
        assertThat(progress.report()).endsWith("1 dead letter: #" + first + " SKU SKU-A: refused by MarketSync");

        letters.resolve("marketsync", java.util.List.of("SKU-A"));
        assertThat(progress.report()).endsWith("0 dead letters");
        long second = letters.record(failure("SKU-B"));
        assertThat(progress.report()).endsWith("1 dead letter: #" + second + " SKU SKU-B: refused by MarketSync");
        letters.markDiscarded(second);
        letters.record(failure("SKU-A"));
        assertThat(progress.report()).as("the first letter failing again")
                .endsWith("1 dead letter: #" + first + " SKU SKU-A: refused by MarketSync");
    }

    private static DeadLetterFailure failure(String sku) {
        return new DeadLetterFailure("marketsync-deliver", "marketsync", sku, "direct://marketsync", null,
                "{}", Map.of(), "java.lang.IllegalStateException", "SKU " + sku + ": refused by MarketSync", 1);
    }

    private static void delivered(TestDatabase db, String sku, String storeId) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sink_ledger (sink, item_key,"
                     + " remote_id, parent_key, updated_at) VALUES ('marketsync', ?, 'R1', ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, sku);
            insert.setString(2, storeId);
            insert.executeUpdate();
        }
    }
}

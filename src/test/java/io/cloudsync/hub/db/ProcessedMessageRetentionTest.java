package io.cloudsync.hub.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

class ProcessedMessageRetentionTest {

    private final MutableClock clock = MutableClock.at("2026-03-31T12:00:00Z");

    @EngineTest
    void entriesOlderThanTheRetentionAreDeletedForEveryProcessor(TestDatabase db) throws SQLException {
        insert(db, "marketsync", "old", clock.instant().minus(Duration.ofDays(45)));
        insert(db, "erp", "old-too", clock.instant().minus(Duration.ofDays(31)));
        insert(db, "marketsync", "recent", clock.instant().minus(Duration.ofDays(29)));
        insert(db, "marketsync", "today", clock.instant());

        int deleted = new ProcessedMessageRetention(db.dataSource(), clock).deleteOlderThanDays(30);

        assertThat(deleted).isEqualTo(2);
        assertThat(messageIds(db)).containsExactlyInAnyOrder("recent", "today");
    }

    @EngineTest
    void nothingOldMeansNothingDeleted(TestDatabase db) throws SQLException {
        insert(db, "marketsync", "today", clock.instant());

        assertThat(new ProcessedMessageRetention(db.dataSource(), clock).deleteOlderThan(Duration.ofHours(1)))
                .isZero();
    }

    /** Written the way Camel writes them: a java.sql.Timestamp in the JVM's zone. */
    private static void insert(TestDatabase db, String processor, String messageId, Instant createdAt)
            throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO CAMEL_MESSAGEPROCESSED (processorName, messageId, createdAt) VALUES (?, ?, ?)")) {
            insert.setString(1, processor);
            insert.setString(2, messageId);
            insert.setTimestamp(3, Timestamp.from(createdAt));
            insert.executeUpdate();
        }
    }

    private static List<String> messageIds(TestDatabase db) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT messageId FROM CAMEL_MESSAGEPROCESSED");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}

package io.cloudsync.hub.mirror;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes of one transaction to one entity: the entity's sequence row is locked first (writers take turns),
 * then the transaction's time is read, so a change always gets a later number and a later time than every
 * change committed before it.
 */
final class MirrorPageWrite {

    private final Connection connection;
    private final SqlDialect dialect;
    private final String entity;
    private final Instant now;
    private long seq;
    private Instant lastChangedAt;

    MirrorPageWrite(Connection connection, SqlDialect dialect, Clock clock, String entity) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.entity = entity;
        lockSequence(connection, dialect, entity);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_changed_at FROM mirror_sequence WHERE entity = ?")) {
            select.setString(1, entity);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                this.seq = rows.getLong(1);
                this.lastChangedAt = Jdbc.getInstant(rows, "last_changed_at");
            }
        }
        this.now = Jdbc.now(clock);
    }

    /** The next change: the next number, at the transaction's time or one microsecond after the last change. */
    private MirrorChange change(String storeId, String sku, SyncAction action, String hash, String payload) {
        Instant at = lastChangedAt == null || now.isAfter(lastChangedAt) ? now
                : lastChangedAt.plus(1, java.time.temporal.ChronoUnit.MICROS);
        lastChangedAt = at;
        return new MirrorChange(entity, storeId, sku, action, ++seq, hash, payload, at);
    }

    List<MirrorChange> upsert(List<MirrorUpsert> page) throws SQLException {
        Map<String, MirrorUpsert> byStoreId = new LinkedHashMap<>();
        page.forEach(record -> byStoreId.put(record.storeId(), record));
        Map<String, Stored> stored = readStored(connection, entity, byStoreId.keySet(), false);
        List<MirrorChange> changes = new ArrayList<>();
        List<MirrorChange> inserts = new ArrayList<>();
        List<MirrorChange> updates = new ArrayList<>();
        for (MirrorUpsert record : byStoreId.values()) {
            Stored before = stored.get(record.storeId());
            if (before != null && !before.deleted() && before.contentHash().equals(record.contentHash())) {
                continue;
            }
            SyncAction action = before == null || before.deleted() ? SyncAction.CREATE : SyncAction.UPDATE;
            MirrorChange change = change(record.storeId(), record.sku(), action, record.contentHash(),
                    record.payload());
            changes.add(change);
            (before == null ? inserts : updates).add(change);
        }
        insert(connection, inserts, now);
        update(connection, updates);
        return changes;
    }

    List<MirrorChange> delete(Collection<String> storeIds) throws SQLException {
        return markLive(storeIds, SyncAction.DELETE, true, "deleted = TRUE, ");
    }

    /**
     * A change of what derives from the records without being part of their content (their stock): each live record
     * of {@code storeIds} gets the next number and time as an {@code update}, its content and hash untouched, so a
     * sync client sees it again. Deleted and unknown records are left alone; returns the records touched.
     */
    List<MirrorChange> touch(Collection<String> storeIds) throws SQLException {
        return markLive(storeIds, SyncAction.UPDATE, false, "");
    }

    /**
     * Gives each live record of {@code storeIds} the next number and time with {@code action} (and the extra column
     * settings {@code alsoSet}), its content untouched; deleted and unknown records are left alone.
     */
    private List<MirrorChange> markLive(Collection<String> storeIds, SyncAction action, boolean withPayload,
                                        String alsoSet) throws SQLException {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        Map<String, Stored> stored = readStored(connection, entity, new LinkedHashSet<>(storeIds), withPayload);
        List<MirrorChange> changes = new ArrayList<>();
        for (String storeId : new LinkedHashSet<>(storeIds)) {
            Stored before = stored.get(storeId);
            if (before != null && !before.deleted()) {
                changes.add(change(storeId, before.sku(), action, before.contentHash(),
                        withPayload ? before.payload() : null));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE mirror_record SET " + alsoSet
                + "sync_action = ?, change_seq = ?, changed_at = ? WHERE entity = ? AND store_id = ?")) {
            for (MirrorChange change : changes) {
                update.setString(1, action.column());
                update.setLong(2, change.changeSeq());
                Jdbc.setInstant(update, 3, change.changedAt());
                update.setString(4, entity);
                update.setString(5, change.storeId());
                update.addBatch();
            }
            if (!changes.isEmpty()) {
                update.executeBatch();
            }
        }
        return changes;
    }

    void finish() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE mirror_sequence SET last_seq = ?, last_changed_at = ? WHERE entity = ?")) {
            update.setLong(1, seq);
            Jdbc.setInstant(update, 2, lastChangedAt);
            update.setString(3, entity);
            update.executeUpdate();
        }
    }

    private record Stored(String sku, String contentHash, String payload, boolean deleted) {
    }

    /**
     * Locks the entity's sequence row until commit (creating it at 0): how the writers of the entity's records,
     * and of the stock lines of the products, take turns.
     */
    static void lockSequence(Connection connection, SqlDialect dialect, String entity) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(
                dialect.upsert("mirror_sequence", List.of("entity"), List.of("entity")))) {
            create.setString(1, entity);
            create.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq FROM mirror_sequence WHERE entity = ? FOR UPDATE")) {
            select.setString(1, entity);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
            }
        }
    }

    private Map<String, Stored> readStored(Connection connection, String entity, Set<String> storeIds,
            boolean withPayload) throws SQLException {
        String payload = withPayload ? "payload" : "NULL AS payload";
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT store_id, sku, content_hash, " + payload
                + ", deleted FROM mirror_record JOIN " + dialect.keyRows("wanted") + " ON store_id = wanted.k"
                + " WHERE entity = ?")) {
            Jdbc.bindKeys(select, 1, storeIds);
            select.setString(2, entity);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString("store_id"), new Stored(rows.getString("sku"),
                            rows.getString("content_hash"), rows.getString("payload"), rows.getBoolean("deleted")));
                }
            }
        }
        return stored;
    }

    private static void insert(Connection connection, List<MirrorChange> inserts, Instant now) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mirror_record (" + MirrorRepository.COLUMNS
                + ") VALUES (" + Jdbc.placeholders(10) + ")")) {
            for (MirrorChange change : inserts) {
                insert.setString(1, change.entity());
                insert.setString(2, change.storeId());
                insert.setString(3, change.sku());
                insert.setString(4, change.contentHash());
                insert.setString(5, change.payload());
                insert.setBoolean(6, false);
                insert.setString(7, change.action().column());
                insert.setLong(8, change.changeSeq());
                Jdbc.setInstant(insert, 9, now);
                Jdbc.setInstant(insert, 10, change.changedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<MirrorChange> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE mirror_record SET sku = ?,"
                + " content_hash = ?, payload = ?, deleted = FALSE, sync_action = ?, change_seq = ?, changed_at = ?"
                + " WHERE entity = ? AND store_id = ?")) {
            for (MirrorChange change : updates) {
                update.setString(1, change.sku());
                update.setString(2, change.contentHash());
                update.setString(3, change.payload());
                update.setString(4, change.action().column());
                update.setLong(5, change.changeSeq());
                Jdbc.setInstant(update, 6, change.changedAt());
                update.setString(7, change.entity());
                update.setString(8, change.storeId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}

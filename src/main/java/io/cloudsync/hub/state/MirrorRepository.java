package io.cloudsync.hub.state;

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
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The mirror of the store. Writes go a page at a time, in one transaction that holds the entity's row of
 * {@code mirror_sequence}: writers of one entity take turns, so change numbers are handed out in commit
 * order and {@link #changesSince} never skips a change that commits late.
 */
public final class MirrorRepository {

    private static final String COLUMNS = "entity, store_id, sku, content_hash, payload, deleted, sync_action,"
            + " change_seq, first_seen, changed_at";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Clock clock;

    public MirrorRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.clock = clock;
    }

    public MirrorRepository(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /**
     * Writes a page of records and returns the ones whose content changed, in page order: new records
     * ({@code create}), changed hashes ({@code update}) and deleted records that came back ({@code create}).
     * Records with an unchanged hash are not written. A store id twice in the page counts once (the last).
     */
    public List<MirrorChange> upsertPage(String entity, List<MirrorUpsert> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return Jdbc.inTransaction(dataSource, "writing a page of " + entity + " to the mirror",
                connection -> upsert(connection, entity, page));
    }

    /**
     * {@link #upsertPage}, and the changed records queued in the {@link ChangeOutbox} for {@code flow} in the same
     * transaction:
     * once this returns, the changes cannot be lost even if the process dies before the sinks see them.
     */
    public ChangeSet writePage(String flow, String entity, List<MirrorUpsert> page) {
        if (page.isEmpty()) {
            return new ChangeSet(0, entity, List.of());
        }
        return Jdbc.inTransaction(dataSource, "writing a page of " + entity + " to the mirror", connection ->
                ChangeOutbox.add(connection, clock, flow, entity, storeIds(upsert(connection, entity, page))));
    }

    /**
     * Writes a page like {@link #writePage} but queues every record of it, changed or not: a reconcile pass
     * asks the sinks to compare each record with what their targets last accepted.
     */
    public ChangeSet writePageQueueingAll(String flow, String entity, List<MirrorUpsert> page) {
        if (page.isEmpty()) {
            return new ChangeSet(0, entity, List.of());
        }
        return Jdbc.inTransaction(dataSource, "writing a page of " + entity + " to the mirror", connection -> {
            upsert(connection, entity, page);
            return ChangeOutbox.add(connection, clock, flow, entity, page.stream().map(MirrorUpsert::storeId).toList());
        });
    }

    private List<MirrorChange> upsert(Connection connection, String entity, List<MirrorUpsert> page)
            throws SQLException {
        Map<String, MirrorUpsert> byStoreId = new LinkedHashMap<>();
        page.forEach(record -> byStoreId.put(record.storeId(), record));
        Instant now = Jdbc.now(clock);
        long seq = lockSequence(connection, entity);
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
            MirrorChange change = new MirrorChange(entity, record.storeId(), record.sku(), action, ++seq,
                    record.contentHash(), record.payload());
            changes.add(change);
            (before == null ? inserts : updates).add(change);
        }
        insert(connection, inserts, now);
        update(connection, updates, now);
        saveSequence(connection, entity, seq);
        return changes;
    }

    private static List<String> storeIds(List<MirrorChange> changes) {
        return changes.stream().map(MirrorChange::storeId).toList();
    }

    /** Marks the given records deleted (the reconcile pass found them gone); returns those that were live. */
    public List<MirrorChange> markDeleted(String entity, Collection<String> storeIds) {
        if (storeIds.isEmpty()) {
            return List.of();
        }
        return Jdbc.inTransaction(dataSource, "marking " + entity + " records deleted",
                connection -> delete(connection, entity, storeIds));
    }

    /** {@link #markDeleted}, with the deletions queued in the {@link ChangeOutbox} in the same transaction. */
    public ChangeSet markDeletedAndQueue(String flow, String entity, Collection<String> storeIds) {
        if (storeIds.isEmpty()) {
            return new ChangeSet(0, entity, List.of());
        }
        return Jdbc.inTransaction(dataSource, "marking " + entity + " records deleted", connection ->
                ChangeOutbox.add(connection, clock, flow, entity, storeIds(delete(connection, entity, storeIds))));
    }

    private List<MirrorChange> delete(Connection connection, String entity, Collection<String> storeIds)
            throws SQLException {
        Instant now = Jdbc.now(clock);
        long seq = lockSequence(connection, entity);
        Map<String, Stored> stored = readStored(connection, entity, new LinkedHashSet<>(storeIds), true);
        List<MirrorChange> changes = new ArrayList<>();
        for (String storeId : new LinkedHashSet<>(storeIds)) {
            Stored before = stored.get(storeId);
            if (before != null && !before.deleted()) {
                changes.add(new MirrorChange(entity, storeId, before.sku(), SyncAction.DELETE, ++seq,
                        before.contentHash(), before.payload()));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE mirror_record SET deleted = TRUE,"
                + " sync_action = ?, change_seq = ?, changed_at = ? WHERE entity = ? AND store_id = ?")) {
            for (MirrorChange change : changes) {
                update.setString(1, SyncAction.DELETE.column());
                update.setLong(2, change.changeSeq());
                Jdbc.setInstant(update, 3, now);
                update.setString(4, entity);
                update.setString(5, change.storeId());
                update.addBatch();
            }
            if (!changes.isEmpty()) {
                update.executeBatch();
            }
        }
        saveSequence(connection, entity, seq);
        return changes;
    }

    /** Changes of one entity after {@code afterSeq} (0 for all), oldest first: a page of the sync API. */
    public List<MirrorRecord> changesSince(String entity, long afterSeq, int limit) {
        return Jdbc.read(dataSource, "reading " + entity + " changes", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM mirror_record"
                    + " WHERE entity = ? AND change_seq > ? ORDER BY change_seq FETCH FIRST ? ROWS ONLY")) {
                select.setString(1, entity);
                select.setLong(2, afterSeq);
                select.setInt(3, limit);
                return list(select);
            }
        });
    }

    public Optional<MirrorRecord> find(String entity, String storeId) {
        return Jdbc.read(dataSource, "reading a " + entity + " record", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mirror_record WHERE entity = ? AND store_id = ?")) {
                select.setString(1, entity);
                select.setString(2, storeId);
                return list(select).stream().findFirst();
            }
        });
    }

    /** The records of the given store ids that the mirror holds (deleted ones included), by store id. */
    public Map<String, MirrorRecord> find(String entity, Collection<String> storeIds) {
        if (storeIds.isEmpty()) {
            return Map.of();
        }
        return Jdbc.read(dataSource, "reading " + entity + " records", connection -> {
            Map<String, MirrorRecord> records = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM mirror_record"
                    + " JOIN " + dialect.keyRows("wanted") + " ON store_id = wanted.k WHERE entity = ?")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(storeIds));
                select.setString(2, entity);
                list(select).forEach(record -> records.put(record.storeId(), record));
            }
            return records;
        });
    }

    /**
     * The canonical JSON of a record, for a sink a route file adds: what it sends (null when the mirror has no
     * such record). A deleted record keeps its last payload; {@link #find(String, String)} tells it is deleted.
     */
    public String payloadOf(String entity, String storeId) {
        return find(entity, storeId).map(MirrorRecord::payload).orElse(null);
    }

    public List<MirrorRecord> findBySku(String entity, String sku) {
        return Jdbc.read(dataSource, "reading " + entity + " records by SKU", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM mirror_record WHERE entity = ? AND sku = ? ORDER BY store_id")) {
                select.setString(1, entity);
                select.setString(2, sku);
                return list(select);
            }
        });
    }

    /** For each given SKU, the store ids of the live records that carry it (a SKU two products share has two). */
    public Map<String, List<String>> liveStoreIdsBySku(String entity, Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return Jdbc.read(dataSource, "reading " + entity + " records by SKU", connection -> {
            Map<String, List<String>> bySku = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT sku, store_id FROM mirror_record"
                    + " JOIN " + dialect.keyRows("wanted") + " ON sku = wanted.k WHERE entity = ? AND deleted = FALSE")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(skus));
                select.setString(2, entity);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        bySku.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
            return bySku;
        });
    }

    /** How many records of the entity are live (not deleted). */
    public long countLive(String entity) {
        return Jdbc.read(dataSource, "counting " + entity + " records", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*) FROM mirror_record WHERE entity = ? AND deleted = FALSE")) {
                select.setString(1, entity);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Live (not deleted) records per entity: part of the sync status. */
    public Map<String, Long> countLiveByEntity() {
        return Jdbc.read(dataSource, "counting mirrored records", connection -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT entity, COUNT(*) FROM mirror_record WHERE deleted = FALSE GROUP BY entity");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Store ids of the records not marked deleted: what a reconcile pass compares with the store's ids. */
    public Set<String> liveStoreIds(String entity) {
        return Jdbc.read(dataSource, "reading live " + entity + " ids", connection -> {
            Set<String> ids = new LinkedHashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT store_id FROM mirror_record WHERE entity = ? AND deleted = FALSE ORDER BY store_id")) {
                select.setString(1, entity);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private record Stored(String sku, String contentHash, String payload, boolean deleted) {
    }

    /** Locks the entity's sequence row until commit and returns its last number (creating it at 0). */
    private long lockSequence(Connection connection, String entity) throws SQLException {
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
                return rows.getLong(1);
            }
        }
    }

    private static void saveSequence(Connection connection, String entity, long seq) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE mirror_sequence SET last_seq = ? WHERE entity = ?")) {
            update.setLong(1, seq);
            update.setString(2, entity);
            update.executeUpdate();
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
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mirror_record (" + COLUMNS
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
                Jdbc.setInstant(insert, 10, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<MirrorChange> updates, Instant now) throws SQLException {
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
                Jdbc.setInstant(update, 6, now);
                update.setString(7, change.entity());
                update.setString(8, change.storeId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static List<MirrorRecord> list(PreparedStatement select) throws SQLException {
        List<MirrorRecord> records = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                records.add(new MirrorRecord(rows.getString("entity"), rows.getString("store_id"),
                        rows.getString("sku"), rows.getString("content_hash"), rows.getString("payload"),
                        rows.getBoolean("deleted"), SyncAction.fromColumn(rows.getString("sync_action")),
                        rows.getLong("change_seq"), Jdbc.getInstant(rows, "first_seen"),
                        Jdbc.getInstant(rows, "changed_at")));
            }
        }
        return records;
    }
}

package io.cloudsync.hub.mirror;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
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
 * order and {@link #changesSince} never skips a change that commits late. Change times ({@code changed_at}, the
 * hub's clock) are taken while that row is held and are unique and increasing per entity: each change is at
 * least one microsecond after the entity's previous one, so ordering by {@code changed_at} and by
 * {@code change_seq} is the same order, and "changed at or after T" never splits a page written at once.
 */
public final class MirrorRepository {

    static final String COLUMNS = "entity, store_id, sku, content_hash, payload, deleted, sync_action,"
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
        return writePage(flow, entity, page, List.of(), Alongside.NOTHING);
    }

    /**
     * Writes a page, marks the records of {@code deletedStoreIds} deleted, queues every change in the
     * {@link ChangeOutbox} for {@code flow}, and lets {@code alongside} write what derives from the changes (report
     * rows of changed orders) — all in one transaction, so the mirror and what derives from it never disagree.
     */
    public ChangeSet writePage(String flow, String entity, List<MirrorUpsert> page,
                               Collection<String> deletedStoreIds, Alongside alongside) {
        if (page.isEmpty() && deletedStoreIds.isEmpty()) {
            return new ChangeSet(0, entity, List.of());
        }
        return Jdbc.inTransaction(dataSource, "writing a page of " + entity + " to the mirror", connection -> {
            MirrorPageWrite write = new MirrorPageWrite(connection, dialect, clock, entity);
            List<MirrorChange> changes = new ArrayList<>(write.upsert(page));
            changes.addAll(write.delete(deletedStoreIds));
            write.finish();
            alongside.write(connection, changes);
            return ChangeOutbox.add(connection, clock, flow, entity, storeIds(changes));
        });
    }

    /** Work that must commit with a mirror page: it gets the page's connection and the records that changed. */
    @FunctionalInterface
    public interface Alongside {

        Alongside NOTHING = (connection, changes) -> { };

        void write(Connection connection, List<MirrorChange> changes) throws SQLException;
    }

    /**
     * Writes a page like {@link #writePage} but queues every record of it, changed or not: a reconcile pass
     * asks the sinks to compare each record with what their targets last accepted.
     */
    public ChangeSet writePageQueueingAll(String flow, String entity, List<MirrorUpsert> page) {
        return writePageQueueingAll(flow, entity, page, Alongside.NOTHING);
    }

    /** {@link #writePageQueueingAll}, with {@code alongside} in the same transaction (see {@link #writePage}). */
    public ChangeSet writePageQueueingAll(String flow, String entity, List<MirrorUpsert> page, Alongside alongside) {
        if (page.isEmpty()) {
            return new ChangeSet(0, entity, List.of());
        }
        return Jdbc.inTransaction(dataSource, "writing a page of " + entity + " to the mirror", connection -> {
            alongside.write(connection, upsert(connection, entity, page));
            return ChangeOutbox.add(connection, clock, flow, entity, page.stream().map(MirrorUpsert::storeId).toList());
        });
    }

    private List<MirrorChange> upsert(Connection connection, String entity, List<MirrorUpsert> page)
            throws SQLException {
        MirrorPageWrite write = new MirrorPageWrite(connection, dialect, clock, entity);
        List<MirrorChange> changes = write.upsert(page);
        write.finish();
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
        MirrorPageWrite write = new MirrorPageWrite(connection, dialect, clock, entity);
        List<MirrorChange> changes = write.delete(storeIds);
        write.finish();
        return changes;
    }

    /** Changes of one entity after {@code afterSeq} (0 for all), oldest first: a page of the sync API. */
    public List<MirrorRecord> changesSince(String entity, long afterSeq, int limit) {
        return feed(entity, afterSeq, Long.MAX_VALUE, null, limit);
    }

    /**
     * A page of the sync feed: records of one entity whose last change is numbered in
     * {@code (afterSeq, throughSeq]} and happened at or after {@code changedFrom} (null: any time), in change order,
     * at most {@code limit}.
     */
    public List<MirrorRecord> feed(String entity, long afterSeq, long throughSeq, Instant changedFrom, int limit) {
        return Jdbc.read(dataSource, "reading the " + entity + " feed", connection -> {
            long after = changedFrom == null ? afterSeq : Math.max(afterSeq, firstAt(connection, entity, changedFrom) - 1);
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM mirror_record"
                    + " WHERE entity = ? AND change_seq > ? AND change_seq <= ?"
                    + (changedFrom == null ? "" : " AND changed_at >= ?")
                    + " ORDER BY change_seq FETCH FIRST ? ROWS ONLY")) {
                int i = 1;
                select.setString(i++, entity);
                select.setLong(i++, after);
                select.setLong(i++, throughSeq);
                if (changedFrom != null) {
                    Jdbc.setInstant(select, i++, changedFrom);
                }
                select.setInt(i, limit);
                return list(select);
            }
        });
    }

    /**
     * The number of the first change at or after {@code time} (one past the last when there is none), through index
     * {@code mirror_record_changed} (V15): times grow with numbers, so the feed reads from there along its cursor
     * index instead of filtering every older change.
     */
    private static long firstAt(Connection connection, String entity, Instant time) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT change_seq FROM mirror_record"
                + " WHERE entity = ? AND changed_at >= ? ORDER BY changed_at, change_seq FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, entity);
            Jdbc.setInstant(select, 2, time);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : Long.MAX_VALUE;
            }
        }
    }

    /** The entity's last change the mirror holds (its number and time), if it holds any. */
    public Optional<LastChange> lastChange(String entity) {
        return Jdbc.read(dataSource, "reading the last " + entity + " change", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT change_seq, changed_at FROM"
                    + " mirror_record WHERE entity = ? ORDER BY change_seq DESC FETCH FIRST 1 ROWS ONLY")) {
                select.setString(1, entity);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new LastChange(rows.getLong(1), Jdbc.getInstant(rows, "changed_at")))
                            : Optional.empty();
                }
            }
        });
    }

    /** The number and time of a change. */
    public record LastChange(long changeSeq, Instant changedAt) {
    }

    /** Records changed after {@code afterSeq} (up to {@code throughSeq}) exactly at {@code changedAt}, in order. */
    public List<MirrorRecord> changedAt(String entity, long afterSeq, long throughSeq, Instant changedAt) {
        return Jdbc.read(dataSource, "reading " + entity + " changes of one time", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM mirror_record"
                    + " WHERE entity = ? AND change_seq > ? AND change_seq <= ? AND changed_at = ?"
                    + " ORDER BY change_seq")) {
                select.setString(1, entity);
                select.setLong(2, afterSeq);
                select.setLong(3, throughSeq);
                Jdbc.setInstant(select, 4, changedAt);
                return list(select);
            }
        });
    }

    /**
     * Holds the entity's sequence row until the caller's transaction ends: the entity's page writers wait, so a
     * page never writes a record that is being purged (a no-op while the entity has never been written).
     */
    public static void lockEntity(Connection connection, String entity) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT last_seq FROM mirror_sequence WHERE entity = ? FOR UPDATE")) {
            lock.setString(1, entity);
            lock.executeQuery().close();
        }
    }

    /**
     * Removes records for good inside the caller's transaction (retention; call {@link #lockEntity} first): unlike
     * a delete, which the feed reports, a purged record is simply no longer kept.
     */
    public static int purge(Connection connection, String entity, Collection<String> storeIds) throws SQLException {
        int removed = 0;
        for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(storeIds))) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mirror_record WHERE entity = ?"
                    + " AND store_id IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
                delete.setString(1, entity);
                for (int i = 0; i < chunk.size(); i++) {
                    delete.setString(i + 2, chunk.get(i));
                }
                removed += delete.executeUpdate();
            }
        }
        return removed;
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
        return Jdbc.read(dataSource, "counting " + entity + " records", connection -> Jdbc.count(connection,
                "SELECT COUNT(*) FROM mirror_record WHERE entity = ? AND deleted = FALSE", entity));
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
        return Jdbc.read(dataSource, "reading live " + entity + " ids", connection -> new LinkedHashSet<>(Jdbc.query(
                connection, "SELECT store_id FROM mirror_record WHERE entity = ? AND deleted = FALSE ORDER BY store_id",
                rows -> rows.getString(1), entity)));
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

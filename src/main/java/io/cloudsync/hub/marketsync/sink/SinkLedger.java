package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Per sink, what its target last accepted: a change whose hash the ledger holds is not sent again, and an
 * item with a remote id is known to exist remotely. Writes are batched, one transaction per call.
 */
public final class SinkLedger {

    private static final String COLUMNS = "sink, item_key, remote_id, content_hash, last_payload, published, markets,"
            + " updated_at, parent_key";
    private static final List<String> KEYS = List.of("sink", "item_key");

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Clock clock;

    public SinkLedger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.clock = clock;
    }

    public SinkLedger(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    DataSource dataSource() {
        return dataSource;
    }

    SqlDialect dialect() {
        return dialect;
    }

    Instant now() {
        return Jdbc.now(clock);
    }

    public Optional<LedgerEntry> find(String sink, String itemKey) {
        return Optional.ofNullable(find(sink, List.of(itemKey)).get(itemKey));
    }

    /** The entries of the given keys that the ledger holds, by key. */
    public Map<String, LedgerEntry> find(String sink, Collection<String> itemKeys) {
        if (itemKeys.isEmpty()) {
            return Map.of();
        }
        return Jdbc.read(dataSource, "reading the " + sink + " ledger", connection -> {
            Map<String, LedgerEntry> entries = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM sink_ledger"
                    + " JOIN " + dialect.keyRows("wanted") + " ON item_key = wanted.k WHERE sink = ?")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(itemKeys));
                select.setString(2, sink);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        LedgerEntry entry = map(rows);
                        entries.put(entry.itemKey(), entry);
                    }
                }
            }
            return entries;
        });
    }

    /** Every entry of the sink that belongs to one of the given parents (see {@link AcceptedItem#parentKey()}). */
    public List<LedgerEntry> findByParent(String sink, Collection<String> parentKeys) {
        if (parentKeys.isEmpty()) {
            return List.of();
        }
        return Jdbc.read(dataSource, "reading the " + sink + " ledger", connection -> {
            List<LedgerEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM sink_ledger"
                    + " JOIN " + dialect.keyRows("wanted") + " ON parent_key = wanted.k WHERE sink = ?")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(parentKeys));
                select.setString(2, sink);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(map(rows));
                    }
                }
            }
            return entries;
        });
    }

    /** How many items of the sink have a remote id: what the progress log counts as delivered. */
    public long countWithRemoteId(String sink) {
        return Jdbc.read(dataSource, "counting the " + sink + " ledger", connection -> Jdbc.count(connection,
                "SELECT COUNT(*) FROM sink_ledger WHERE sink = ? AND remote_id IS NOT NULL", sink));
    }

    /** The keys whose hash differs from the one last accepted (or that were never accepted), in the given order. */
    public List<String> changedKeys(String sink, Map<String, String> contentHashByKey) {
        Map<String, LedgerEntry> known = find(sink, contentHashByKey.keySet());
        List<String> changed = new ArrayList<>();
        contentHashByKey.forEach((key, hash) -> {
            LedgerEntry entry = known.get(key);
            if (entry == null || !Objects.equals(entry.contentHash(), hash)) {
                changed.add(key);
            }
        });
        return changed;
    }

    /** Records what the target accepted, in one transaction. */
    public void recordAccepted(String sink, Collection<AcceptedItem> items) {
        recordAccepted(Map.of(sink, items));
    }

    /** Records what the targets accepted for several sinks (in the map's order), in one transaction. */
    public void recordAccepted(Map<String, ? extends Collection<AcceptedItem>> itemsBySink) {
        if (itemsBySink.values().stream().allMatch(Collection::isEmpty)) {
            return;
        }
        Instant now = Jdbc.now(clock);
        Jdbc.inTransaction(dataSource, "recording accepted items", connection -> {
            for (Map.Entry<String, ? extends Collection<AcceptedItem>> sink : itemsBySink.entrySet()) {
                writeAccepted(connection, sink.getKey(), sink.getValue().stream()
                        .filter(item -> item.remoteId() != null).toList(), true, now);
                writeAccepted(connection, sink.getKey(), sink.getValue().stream()
                        .filter(item -> item.remoteId() == null).toList(), false, now);
            }
            return null;
        });
    }

    /** Records remote ids (after a create, or a look-up that found the item), in one transaction. */
    public void recordRemoteIds(String sink, Map<String, String> remoteIdByKey) {
        if (remoteIdByKey.isEmpty()) {
            return;
        }
        Instant now = Jdbc.now(clock);
        Jdbc.inTransaction(dataSource, "recording " + sink + " remote ids", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("sink_ledger", KEYS,
                    List.of("sink", "item_key", "remote_id", "updated_at")))) {
                for (Map.Entry<String, String> entry : remoteIdByKey.entrySet()) {
                    upsert.setString(1, sink);
                    upsert.setString(2, entry.getKey());
                    upsert.setString(3, entry.getValue());
                    Jdbc.setInstant(upsert, 4, now);
                    upsert.addBatch();
                }
                return upsert.executeBatch();
            }
        });
    }

    /** Records whether the item is published, and on which marketplaces. */
    public void recordPublication(String sink, String itemKey, boolean published, Collection<String> markets) {
        Instant now = Jdbc.now(clock);
        Jdbc.inTransaction(dataSource, "recording the publication of a " + sink + " item", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("sink_ledger", KEYS,
                    List.of("sink", "item_key", "published", "markets", "updated_at")))) {
                upsert.setString(1, sink);
                upsert.setString(2, itemKey);
                upsert.setBoolean(3, published);
                upsert.setString(4, markets.isEmpty() ? null : String.join(",", markets));
                Jdbc.setInstant(upsert, 5, now);
                return upsert.executeUpdate();
            }
        });
    }

    /** Forgets items (deleted remotely): a later change creates them again. */
    public int forget(String sink, Collection<String> itemKeys) {
        if (itemKeys.isEmpty()) {
            return 0;
        }
        return Jdbc.inTransaction(dataSource, "forgetting " + sink + " items", connection -> {
            int deleted = 0;
            for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(itemKeys))) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sink_ledger WHERE sink = ?"
                        + " AND item_key IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
                    delete.setString(1, sink);
                    for (int i = 0; i < chunk.size(); i++) {
                        delete.setString(i + 2, chunk.get(i));
                    }
                    deleted += delete.executeUpdate();
                }
            }
            return deleted;
        });
    }

    private void writeAccepted(Connection connection, String sink, List<AcceptedItem> items, boolean withRemoteId,
            Instant now) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        List<String> columns = withRemoteId
                ? List.of("sink", "item_key", "content_hash", "last_payload", "updated_at", "parent_key", "remote_id")
                : List.of("sink", "item_key", "content_hash", "last_payload", "updated_at", "parent_key");
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("sink_ledger", KEYS, columns))) {
            for (AcceptedItem item : items) {
                upsert.setString(1, sink);
                upsert.setString(2, item.itemKey());
                upsert.setString(3, item.contentHash());
                upsert.setString(4, item.payload());
                Jdbc.setInstant(upsert, 5, now);
                upsert.setString(6, item.parentKey());
                if (withRemoteId) {
                    upsert.setString(7, item.remoteId());
                }
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static LedgerEntry map(ResultSet rows) throws SQLException {
        String markets = rows.getString("markets");
        return new LedgerEntry(rows.getString("sink"), rows.getString("item_key"), rows.getString("remote_id"),
                rows.getString("content_hash"), rows.getString("last_payload"), rows.getBoolean("published"),
                markets == null || markets.isEmpty() ? List.of() : Arrays.asList(markets.split(",")),
                Jdbc.getInstant(rows, "updated_at"), rows.getString("parent_key"));
    }
}

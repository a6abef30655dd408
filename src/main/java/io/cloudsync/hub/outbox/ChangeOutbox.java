package io.cloudsync.hub.outbox;

import io.cloudsync.hub.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javax.sql.DataSource;

/**
 * The change sets not yet delivered to every sink. Writers add a row inside the transaction that wrote the
 * changes ({@link #add}); the ingest flow removes it once its sinks are done ({@link #done}). Whatever is left
 * after a crash is {@link #pending} and delivered again before anything new.
 */
public final class ChangeOutbox {

    private final DataSource dataSource;
    private final Clock clock;

    public ChangeOutbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ChangeOutbox(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** Adds a change set inside the caller's transaction; an empty one is not stored (id 0). */
    public static ChangeSet add(Connection connection, Clock clock, String flow, String entity, Collection<String> storeIds)
            throws SQLException {
        List<String> ids = List.copyOf(new LinkedHashSet<>(storeIds));
        if (ids.isEmpty()) {
            return new ChangeSet(0, entity, List.of());
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_outbox (flow, entity,"
                + " store_ids, created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, flow);
            insert.setString(2, entity);
            insert.setString(3, String.join(",", ids));
            Jdbc.setInstant(insert, 4, Jdbc.now(clock));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new ChangeSet(keys.getLong(1), entity, ids);
            }
        }
    }

    /** Adds a change set in a transaction of its own (a replay, a forced resync). */
    public ChangeSet add(String flow, String entity, Collection<String> storeIds) {
        return Jdbc.inTransaction(dataSource, "adding a " + entity + " change set",
                connection -> add(connection, clock, flow, entity, storeIds));
    }

    /** The change sets a flow still has to hand to its sinks, oldest first. */
    public List<ChangeSet> pending(String flow) {
        return Jdbc.read(dataSource, "reading pending " + flow + " change sets", connection -> Jdbc.query(connection,
                "SELECT id, entity, store_ids FROM change_outbox WHERE flow = ? ORDER BY id",
                rows -> new ChangeSet(rows.getLong(1), rows.getString(2), Arrays.asList(rows.getString(3).split(","))),
                flow));
    }

    /** Every sink is done with the set: forget it. */
    public void done(ChangeSet set) {
        if (set.id() == 0) {
            return;
        }
        Jdbc.inTransaction(dataSource, "removing a delivered change set", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM change_outbox WHERE id = ?")) {
                delete.setLong(1, set.id());
                return delete.executeUpdate();
            }
        });
    }

    /** How many change sets a flow has waiting: part of the sync status. */
    public long pendingCount(String flow) {
        return Jdbc.read(dataSource, "counting pending change sets",
                connection -> Jdbc.count(connection, "SELECT COUNT(*) FROM change_outbox WHERE flow = ?", flow));
    }
}

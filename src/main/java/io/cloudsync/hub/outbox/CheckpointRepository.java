package io.cloudsync.hub.outbox;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import io.cloudsync.hub.logging.SecretRedactor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Per-entity checkpoints. The life of a window: {@link #openWindow}, then {@link #advanceOffset} after each
 * page is written and delivered, then {@link #completeWindow}, which moves the checkpoint to the window's end.
 */
public final class CheckpointRepository {

    private static final String TABLE = "sync_checkpoint";
    private static final String COLUMNS = "entity, synced_until, window_start, window_end, window_offset, zone_id,"
            + " status, last_success_at, last_error, last_error_at, updated_at";
    private static final int MAX_ERROR_LENGTH = 4000;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final SecretRedactor redactor;
    private final Clock clock;

    public CheckpointRepository(DataSource dataSource, SecretRedactor redactor, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.redactor = redactor;
        this.clock = clock;
    }

    public CheckpointRepository(DataSource dataSource, SecretRedactor redactor) {
        this(dataSource, redactor, Clock.systemUTC());
    }

    public Optional<Checkpoint> find(String entity) {
        return Jdbc.read(dataSource, "reading the checkpoint of " + entity, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE entity = ?")) {
                select.setString(1, entity);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                }
            }
        });
    }

    public List<Checkpoint> findAll() {
        return Jdbc.read(dataSource, "reading the checkpoints", connection -> Jdbc.query(connection,
                "SELECT " + COLUMNS + " FROM " + TABLE + " ORDER BY entity", CheckpointRepository::map));
    }

    /** Writes the whole checkpoint as given (updated_at is the hub's clock). */
    public void save(Checkpoint checkpoint) {
        Jdbc.inTransaction(dataSource, "saving the checkpoint of " + checkpoint.entity(), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert(TABLE, List.of("entity"),
                    List.of(COLUMNS.split(",\\s*"))))) {
                upsert.setString(1, checkpoint.entity());
                Jdbc.setLocal(upsert, 2, checkpoint.syncedUntil());
                Jdbc.setLocal(upsert, 3, checkpoint.windowStart());
                Jdbc.setLocal(upsert, 4, checkpoint.windowEnd());
                upsert.setInt(5, checkpoint.windowOffset());
                upsert.setString(6, checkpoint.zone() == null ? null : checkpoint.zone().getId());
                upsert.setString(7, checkpoint.status().column());
                Jdbc.setInstant(upsert, 8, checkpoint.lastSuccessAt());
                upsert.setString(9, errorText(checkpoint.lastError()));
                Jdbc.setInstant(upsert, 10, checkpoint.lastErrorAt());
                Jdbc.setInstant(upsert, 11, Jdbc.now(clock));
                return upsert.executeUpdate();
            }
        });
    }

    /** Starts a window at offset 0 (creating the checkpoint if needed); the completed checkpoint is kept. */
    public void openWindow(String entity, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Jdbc.inTransaction(dataSource, "opening a window for " + entity, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert(TABLE, List.of("entity"),
                    List.of("entity", "window_start", "window_end", "window_offset", "zone_id", "status",
                            "updated_at")))) {
                upsert.setString(1, entity);
                Jdbc.setLocal(upsert, 2, start);
                Jdbc.setLocal(upsert, 3, end);
                upsert.setInt(4, 0);
                upsert.setString(5, zone.getId());
                upsert.setString(6, CheckpointStatus.RUNNING.column());
                Jdbc.setInstant(upsert, 7, Jdbc.now(clock));
                return upsert.executeUpdate();
            }
        });
    }

    /** Records that the first {@code offset} records of the open window are done; false if no window is open. */
    public boolean advanceOffset(String entity, int offset) {
        return update("advancing the window offset of " + entity,
                "UPDATE " + TABLE + " SET window_offset = ?, status = ?, updated_at = ?"
                        + " WHERE entity = ? AND window_end IS NOT NULL", statement -> {
                    statement.setInt(1, offset);
                    statement.setString(2, CheckpointStatus.RUNNING.column());
                    Jdbc.setInstant(statement, 3, Jdbc.now(clock));
                    statement.setString(4, entity);
                });
    }

    /**
     * The whole window is done: the checkpoint moves to its end, the window is cleared, the run counts as a
     * success. With no open window (a flow without windows, e.g. reconcile) only the success is recorded.
     */
    public boolean completeWindow(String entity) {
        Instant now = Jdbc.now(clock);
        return update("completing the window of " + entity,
                "UPDATE " + TABLE + " SET synced_until = COALESCE(window_end, synced_until), window_start = NULL,"
                        + " window_end = NULL, window_offset = 0, status = ?, last_success_at = ?, updated_at = ?"
                        + " WHERE entity = ?", statement -> {
                    statement.setString(1, CheckpointStatus.IDLE.column());
                    Jdbc.setInstant(statement, 2, now);
                    Jdbc.setInstant(statement, 3, now);
                    statement.setString(4, entity);
                }) || createCompleted(entity, now);
    }

    /** The run failed; the window (if any) stays open so the next run resumes it. The text is redacted. */
    public void recordFailure(String entity, String error) {
        Instant now = Jdbc.now(clock);
        Jdbc.inTransaction(dataSource, "recording a failure of " + entity, connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert(TABLE, List.of("entity"),
                    List.of("entity", "status", "last_error", "last_error_at", "updated_at")))) {
                upsert.setString(1, entity);
                upsert.setString(2, CheckpointStatus.FAILED.column());
                upsert.setString(3, errorText(error));
                Jdbc.setInstant(upsert, 4, now);
                Jdbc.setInstant(upsert, 5, now);
                return upsert.executeUpdate();
            }
        });
    }

    /** Forgets the checkpoint: the next run reads the entity from the beginning (resync). */
    public boolean reset(String entity) {
        return update("resetting the checkpoint of " + entity,
                "DELETE FROM " + TABLE + " WHERE entity = ?", statement -> statement.setString(1, entity));
    }

    private boolean createCompleted(String entity, Instant now) {
        save(new Checkpoint(entity, null, null, null, 0, null, CheckpointStatus.IDLE, now, null, null, now));
        return true;
    }

    private String errorText(String error) {
        String redacted = redactor.text(error);
        return redacted == null || redacted.length() <= MAX_ERROR_LENGTH ? redacted
                : redacted.substring(0, MAX_ERROR_LENGTH);
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private boolean update(String what, String sql, Binder binder) {
        return Jdbc.inTransaction(dataSource, what, connection -> execute(connection, sql, binder) > 0);
    }

    private static int execute(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    private static Checkpoint map(ResultSet rows) throws SQLException {
        String zone = rows.getString("zone_id");
        return new Checkpoint(rows.getString("entity"), Jdbc.getLocal(rows, "synced_until"),
                Jdbc.getLocal(rows, "window_start"), Jdbc.getLocal(rows, "window_end"), rows.getInt("window_offset"),
                zone == null ? null : ZoneId.of(zone), CheckpointStatus.fromColumn(rows.getString("status")),
                Jdbc.getInstant(rows, "last_success_at"), rows.getString("last_error"),
                Jdbc.getInstant(rows, "last_error_at"), Jdbc.getInstant(rows, "updated_at"));
    }
}

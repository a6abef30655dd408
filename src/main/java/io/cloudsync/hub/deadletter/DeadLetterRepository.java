package io.cloudsync.hub.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.StateException;
import io.cloudsync.hub.logging.SecretRedactor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The dead-letter store. Everything is redacted with the {@link SecretRedactor} before it is written. A
 * replay tool marks a letter replayed before sending it again: if it fails again, the error handler's
 * {@link #record} puts it back to pending with the attempts added.
 */
public final class DeadLetterRepository {

    private static final int MAX_ERROR_LENGTH = 8000;
    private static final String SUMMARY_COLUMNS = "id, status, route_id, sink, message_key, error_class, error_message,"
            + " attempts, first_failure, last_failure, replayed_at";
    private static final String ALL_COLUMNS = SUMMARY_COLUMNS + ", dedupe_key, endpoint_uri, failed_endpoint_uri,"
            + " body, headers";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> HEADER_MAP = new TypeReference<>() { };

    private final DataSource dataSource;
    private final SecretRedactor redactor;
    private final Clock clock;

    public DeadLetterRepository(DataSource dataSource, SecretRedactor redactor, Clock clock) {
        this.dataSource = dataSource;
        this.redactor = redactor;
        this.clock = clock;
    }

    public DeadLetterRepository(DataSource dataSource, SecretRedactor redactor) {
        this(dataSource, redactor, Clock.systemUTC());
    }

    /** Stores a failure, or updates the row of the same message (attempts added, pending again); returns its id. */
    public long record(DeadLetterFailure failure) {
        Redacted row = redact(failure);
        Instant now = Jdbc.now(clock);
        try {
            return Jdbc.inTransactionOrThrow(dataSource, connection -> {
                Optional<Long> updated = update(connection, row, now);
                return updated.isPresent() ? updated.get() : insert(connection, row, now);
            });
        } catch (SQLException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw new StateException("storing a dead letter failed: " + e.getMessage(), e);
            }
        }
        // Another node inserted the same message meanwhile: its row now exists.
        return Jdbc.inTransaction(dataSource, "storing a dead letter", connection -> update(connection, row, now)
                .orElseThrow(() -> new IllegalStateException("dead letter row vanished: " + row.dedupeKey())));
    }

    public Optional<DeadLetter> find(long id) {
        return Jdbc.read(dataSource, "reading dead letter " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + ALL_COLUMNS + " FROM dead_letter WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(mapFull(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Dead letters matching the query, the most recent failure first. */
    public List<DeadLetterSummary> list(DeadLetterQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM dead_letter WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" AND status = ?");
            parameters.add(query.status().column());
        }
        if (query.sink() != null) {
            sql.append(" AND sink = ?");
            parameters.add(query.sink());
        }
        if (query.routeId() != null) {
            sql.append(" AND route_id = ?");
            parameters.add(query.routeId());
        }
        if (query.failedBefore() != null) {
            sql.append(" AND last_failure < ?");
            parameters.add(query.failedBefore());
        }
        if (query.failedAfter() != null) {
            sql.append(" AND last_failure > ?");
            parameters.add(query.failedAfter());
        }
        sql.append(" ORDER BY last_failure DESC, id DESC FETCH FIRST ? ROWS ONLY");
        parameters.add(query.limit() > 0 ? query.limit() : DeadLetterQuery.DEFAULT_LIMIT);
        return Jdbc.read(dataSource, "listing dead letters", connection -> {
            List<DeadLetterSummary> letters = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object parameter = parameters.get(i);
                    if (parameter instanceof Instant instant) {
                        Jdbc.setInstant(select, i + 1, instant);
                    } else {
                        select.setObject(i + 1, parameter);
                    }
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        letters.add(mapSummary(rows));
                    }
                }
            }
            return letters;
        });
    }

    /** The pending letters' count, newest id and latest failure: one pass over the status index, no letter read. */
    public PendingLetters pending() {
        return Jdbc.read(dataSource, "counting pending dead letters", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT COUNT(*), MAX(id), MAX(last_failure) AS latest FROM dead_letter WHERE status = ?")) {
                select.setString(1, DeadLetterStatus.PENDING.column());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    long count = rows.getLong(1);
                    return count == 0 ? PendingLetters.NONE
                            : new PendingLetters(count, rows.getLong(2), Jdbc.getInstant(rows, "latest"));
                }
            }
        });
    }

    public Map<DeadLetterStatus, Long> countByStatus() {
        return Jdbc.read(dataSource, "counting dead letters", connection -> {
            Map<DeadLetterStatus, Long> counts = new EnumMap<>(DeadLetterStatus.class);
            for (DeadLetterStatus status : DeadLetterStatus.values()) {
                counts.put(status, 0L);
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT status, COUNT(*) FROM dead_letter GROUP BY status");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(DeadLetterStatus.fromColumn(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    /**
     * Asks the running hub to replay these letters (the CLI runs in another process: the hub's replay route
     * picks them up). Only pending or already replayed letters are queued; returns the ids queued.
     */
    public List<Long> requestReplay(Collection<Long> ids) {
        List<Long> queued = new ArrayList<>();
        Jdbc.inTransaction(dataSource, "queueing dead letters for replay", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE dead_letter SET status = ?"
                    + " WHERE id = ? AND status IN (?, ?)")) {
                for (long id : ids) {
                    update.setString(1, DeadLetterStatus.REPLAY_REQUESTED.column());
                    update.setLong(2, id);
                    update.setString(3, DeadLetterStatus.PENDING.column());
                    update.setString(4, DeadLetterStatus.REPLAYED.column());
                    if (update.executeUpdate() > 0) {
                        queued.add(id);
                    }
                }
            }
            return queued.size();
        });
        return queued;
    }

    /** Queues every pending letter (of one sink, when given) for replay; returns how many. */
    public int requestReplayAll(String sink) {
        return Jdbc.inTransaction(dataSource, "queueing dead letters for replay", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE dead_letter SET status = ?"
                    + " WHERE status = ?" + (sink == null ? "" : " AND sink = ?"))) {
                update.setString(1, DeadLetterStatus.REPLAY_REQUESTED.column());
                update.setString(2, DeadLetterStatus.PENDING.column());
                if (sink != null) {
                    update.setString(3, sink);
                }
                return update.executeUpdate();
            }
        });
    }

    /** The letters waiting for the hub to replay them, oldest first, whole. */
    public List<DeadLetter> replayRequested(int limit) {
        return Jdbc.read(dataSource, "reading dead letters to replay", connection -> Jdbc.query(connection,
                "SELECT " + ALL_COLUMNS + " FROM dead_letter WHERE status = ? ORDER BY id FETCH FIRST ? ROWS ONLY",
                DeadLetterRepository::mapFull, DeadLetterStatus.REPLAY_REQUESTED.column(), limit));
    }

    /**
     * The messages with these keys reached their sink after all: their open letters are resolved. Returns how
     * many letters that closed.
     */
    /**
     * Whether the sink has a letter that {@link #resolve} could close: one indexed look-up, so that a caller offering
     * every key it read well (a stock poll reads every stock line) skips the update when nothing is open.
     */
    public boolean anyOpen(String sink) {
        return Jdbc.read(dataSource, "looking for open dead letters", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM dead_letter WHERE sink = ?"
                    + " AND status IN (?, ?, ?) FETCH FIRST 1 ROWS ONLY")) {
                select.setString(1, sink);
                select.setString(2, DeadLetterStatus.PENDING.column());
                select.setString(3, DeadLetterStatus.REPLAY_REQUESTED.column());
                select.setString(4, DeadLetterStatus.REPLAYED.column());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    public int resolve(String sink, Collection<String> messageKeys) {
        if (messageKeys.isEmpty()) {
            return 0;
        }
        return Jdbc.inTransaction(dataSource, "resolving dead letters", connection -> {
            int resolved = 0;
            for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(messageKeys))) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE dead_letter SET status = ?"
                        + " WHERE sink = ? AND status IN (?, ?, ?) AND message_key IN ("
                        + Jdbc.placeholders(chunk.size()) + ")")) {
                    update.setString(1, DeadLetterStatus.RESOLVED.column());
                    update.setString(2, sink);
                    update.setString(3, DeadLetterStatus.PENDING.column());
                    update.setString(4, DeadLetterStatus.REPLAY_REQUESTED.column());
                    update.setString(5, DeadLetterStatus.REPLAYED.column());
                    for (int i = 0; i < chunk.size(); i++) {
                        update.setString(i + 6, chunk.get(i));
                    }
                    resolved += update.executeUpdate();
                }
            }
            return resolved;
        });
    }

    /** Marks a letter replayed (call before sending it again); false if there is no such letter. */
    public boolean markReplayed(long id) {
        return setStatus(id, DeadLetterStatus.REPLAYED, Jdbc.now(clock));
    }

    public boolean markDiscarded(long id) {
        return setStatus(id, DeadLetterStatus.DISCARDED, null);
    }

    private boolean setStatus(long id, DeadLetterStatus status, Instant replayedAt) {
        return Jdbc.inTransaction(dataSource, "marking dead letter " + id + " " + status.column(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE dead_letter SET status = ?,"
                    + " replayed_at = COALESCE(?, replayed_at) WHERE id = ?")) {
                update.setString(1, status.column());
                Jdbc.setInstant(update, 2, replayedAt);
                update.setLong(3, id);
                return update.executeUpdate() > 0;
            }
        });
    }

    private record Redacted(String dedupeKey, String routeId, String sink, String messageKey, String endpointUri,
            String failedEndpointUri, String body, String headersJson, String errorClass, String errorMessage,
            int attempts) {
    }

    private Redacted redact(DeadLetterFailure failure) {
        String error = redactor.text(failure.errorMessage());
        if (error != null && error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH);
        }
        String headers;
        try {
            headers = JSON.writeValueAsString(redactor.headers(failure.headers()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers cannot be written as JSON", e);
        }
        return new Redacted(failure.dedupeKey(), failure.routeId(), failure.sink(),
                redactor.text(failure.messageKey()), redactor.text(failure.endpointUri()),
                redactor.text(failure.failedEndpointUri()), redactor.body(failure.body()), headers,
                failure.errorClass(), error, failure.attempts());
    }

    private Optional<Long> update(Connection connection, Redacted row, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE dead_letter SET status = ?, route_id = ?,"
                + " sink = ?, message_key = ?, endpoint_uri = ?, failed_endpoint_uri = ?, body = ?, headers = ?,"
                + " error_class = ?, error_message = ?, attempts = attempts + ?, last_failure = ?"
                + " WHERE dedupe_key = ?")) {
            update.setString(1, DeadLetterStatus.PENDING.column());
            bindContent(update, row, 2);
            update.setInt(11, row.attempts());
            Jdbc.setInstant(update, 12, now);
            update.setString(13, row.dedupeKey());
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM dead_letter WHERE dedupe_key = ?")) {
            select.setString(1, row.dedupeKey());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return Optional.of(rows.getLong(1));
            }
        }
    }

    private long insert(Connection connection, Redacted row, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dead_letter (status, route_id, sink,"
                + " message_key, endpoint_uri, failed_endpoint_uri, body, headers, error_class, error_message,"
                + " attempts, first_failure, last_failure, dedupe_key) VALUES (" + Jdbc.placeholders(14) + ")",
                new String[] {"id"})) {
            insert.setString(1, DeadLetterStatus.PENDING.column());
            bindContent(insert, row, 2);
            insert.setInt(11, row.attempts());
            Jdbc.setInstant(insert, 12, now);
            Jdbc.setInstant(insert, 13, now);
            insert.setString(14, row.dedupeKey());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Binds route_id .. error_message (nine columns) from {@code first}. */
    private static void bindContent(PreparedStatement statement, Redacted row, int first) throws SQLException {
        statement.setString(first, row.routeId());
        statement.setString(first + 1, row.sink());
        statement.setString(first + 2, row.messageKey());
        statement.setString(first + 3, row.endpointUri());
        statement.setString(first + 4, row.failedEndpointUri());
        statement.setString(first + 5, row.body());
        statement.setString(first + 6, row.headersJson());
        statement.setString(first + 7, row.errorClass());
        statement.setString(first + 8, row.errorMessage());
    }

    private static DeadLetterSummary mapSummary(ResultSet rows) throws SQLException {
        return new DeadLetterSummary(rows.getLong("id"), DeadLetterStatus.fromColumn(rows.getString("status")),
                rows.getString("route_id"), rows.getString("sink"), rows.getString("message_key"),
                rows.getString("error_class"), rows.getString("error_message"), rows.getInt("attempts"),
                Jdbc.getInstant(rows, "first_failure"), Jdbc.getInstant(rows, "last_failure"),
                Jdbc.getInstant(rows, "replayed_at"));
    }

    private static DeadLetter mapFull(ResultSet rows) throws SQLException {
        DeadLetterSummary summary = mapSummary(rows);
        Map<String, String> headers;
        try {
            String json = rows.getString("headers");
            headers = json == null ? Map.of() : JSON.readValue(json, HEADER_MAP);
        } catch (JsonProcessingException e) {
            headers = Map.of();
        }
        return new DeadLetter(summary.id(), rows.getString("dedupe_key"), summary.status(), summary.routeId(),
                summary.sink(), summary.messageKey(), rows.getString("endpoint_uri"),
                rows.getString("failed_endpoint_uri"), rows.getString("body"), headers, summary.errorClass(),
                summary.errorMessage(), summary.attempts(), summary.firstFailure(), summary.lastFailure(),
                summary.replayedAt());
    }
}

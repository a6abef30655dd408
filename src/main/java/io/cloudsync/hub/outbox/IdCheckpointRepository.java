package io.cloudsync.hub.outbox;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where a flow that pages by its source's ids stands (table {@code id_checkpoint}): the highest id handed on
 * completely. The flow saves it only after a page's change set was delivered; the position never moves back.
 */
public final class IdCheckpointRepository {

    private static final String TABLE = "id_checkpoint";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Clock clock;

    public IdCheckpointRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.clock = clock;
    }

    public IdCheckpointRepository(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** The highest id the flow handed on, if it ever did. */
    public Optional<Long> lastId(String flow) {
        return Jdbc.read(dataSource, "reading the id checkpoint of " + flow, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT last_id FROM " + TABLE + " WHERE flow = ?")) {
                select.setString(1, flow);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Moves the flow's position to {@code lastId}, unless it already stands there or further. */
    public void advance(String flow, long lastId) {
        Jdbc.inTransaction(dataSource, "advancing the id checkpoint of " + flow, connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT last_id FROM " + TABLE + " WHERE flow = ? FOR UPDATE")) {
                lock.setString(1, flow);
                try (ResultSet rows = lock.executeQuery()) {
                    if (rows.next() && rows.getLong(1) >= lastId) {
                        return 0;
                    }
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert(TABLE, List.of("flow"),
                    List.of("flow", "last_id", "updated_at")))) {
                upsert.setString(1, flow);
                upsert.setLong(2, lastId);
                Jdbc.setInstant(upsert, 3, Jdbc.now(clock));
                return upsert.executeUpdate();
            }
        });
    }
}

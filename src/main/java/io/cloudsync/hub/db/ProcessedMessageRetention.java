package io.cloudsync.hub.db;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Clean-up of {@code CAMEL_MESSAGEPROCESSED}, which Camel's JDBC idempotent repository never expires.
 * Camel writes {@code createdAt} as a {@link Timestamp} in the JVM's zone; the cut-off is bound the same way.
 */
public final class ProcessedMessageRetention {

    private final DataSource dataSource;
    private final Clock clock;

    public ProcessedMessageRetention(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ProcessedMessageRetention(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** Deletes the entries of every processor older than {@code days} days; returns how many. */
    public int deleteOlderThanDays(int days) {
        return deleteOlderThan(Duration.ofDays(days));
    }

    public int deleteOlderThan(Duration age) {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(age));
        return Jdbc.inTransaction(dataSource, "cleaning CAMEL_MESSAGEPROCESSED", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM CAMEL_MESSAGEPROCESSED WHERE createdAt < ?")) {
                delete.setTimestamp(1, cutoff);
                return delete.executeUpdate();
            }
        });
    }
}

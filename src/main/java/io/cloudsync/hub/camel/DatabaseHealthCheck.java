package io.cloudsync.hub.camel;

import io.cloudsync.hub.logging.SecretRedactor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Readiness: the hub is ready only while its state database answers (every checkpoint and ledger lives there). */
public final class DatabaseHealthCheck extends AbstractHealthCheck {

    private final DataSource dataSource;
    private final SecretRedactor redactor;

    /** @param redactor cleans the driver's error text, shown by {@code /observe/health?exposureLevel=full} */
    public DatabaseHealthCheck(DataSource dataSource, SecretRedactor redactor) {
        super("hub", "state-database");
        this.dataSource = dataSource;
        this.redactor = redactor;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                builder.up();
            } else {
                builder.down().message("the state database did not answer within 2 s");
            }
        } catch (SQLException e) {
            builder.down().message("cannot reach the state database: " + redactor.text(String.valueOf(e.getMessage())));
        }
    }
}

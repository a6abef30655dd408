package io.cloudsync.hub.check;

import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** Opens one connection to the state database; does not migrate it (the hub does that when it starts). */
public final class DatabaseCheck {

    private final DatabaseSettings settings;

    public DatabaseCheck(DatabaseSettings settings) {
        this.settings = settings;
    }

    public CheckResult check() {
        String subject = "database " + settings.url().split(";")[0];
        try (Connection connection = connect(Database.secured(settings))) {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            return CheckResult.passed(subject, List.of("connected (" + product + ")"));
        } catch (SQLException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return CheckResult.failed(subject, List.of("cannot connect: " + message));
        }
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }
}

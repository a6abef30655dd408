package io.cloudsync.hub.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.logging.HubLogging;
import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.DatabaseSettings;
import io.cloudsync.hub.logging.SecretRedactor;

/**
 * The state database as the CLI opens it: the same settings as the hub, one small pool. An H2 file database
 * is opened in AUTO_SERVER mode (through the running hub's loopback listener), so this works while the hub runs;
 * without hub.db.password it uses the generated password the hub keeps beside the database, so the CLI must run
 * as the hub's OS user.
 */
final class StateAccess implements AutoCloseable {

    private final HubProperties properties;
    private final HikariDataSource dataSource;

    private StateAccess(HubProperties properties) {
        this.properties = properties;
        HubLogging.configure(properties);
        DatabaseSettings settings = DatabaseSettings.from(properties);
        this.dataSource = Database.openMigrated(new DatabaseSettings(settings.url(), settings.user(),
                settings.password(), 2));
    }

    static StateAccess open() {
        return new StateAccess(HubProperties.load());
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    SecretRedactor redactor() {
        return SecretRedactor.forConfiguration(properties.asMap());
    }

    HubProperties properties() {
        return properties;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

package io.cloudsync.hub.state;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Opens the one connection pool of the hub and brings the schema up to date with Flyway. */
public final class Database {

    private Database() {
    }

    public static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hub-db");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        return new HikariDataSource(config);
    }

    /**
     * Applies pending migrations: {@code db/migration/common}, plus the engine's own folder
     * ({@code db/migration/h2} or {@code db/migration/postgresql}) for the few scripts whose types differ.
     * Flyway 11 no longer expands a {@code {vendor}} location, so the folder is chosen here.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:" + vendorLocation(SqlDialect.of(dataSource)))
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    static String vendorLocation(SqlDialect dialect) {
        return "db/migration/" + dialect.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Opens and migrates in one step: what the hub and the CLI do at start. */
    public static HikariDataSource openMigrated(DatabaseSettings settings) {
        HikariDataSource dataSource = open(settings);
        try {
            migrate(dataSource);
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }
}

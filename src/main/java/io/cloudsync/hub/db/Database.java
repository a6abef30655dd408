package io.cloudsync.hub.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Opens the one connection pool of the hub and brings the schema up to date with Flyway. */
public final class Database {

    static {
        H2FileDatabase.bindToLoopback();
    }

    private Database() {
    }

    /**
     * Opens the pool. An H2 file database is kept to the hub's OS user first ({@link #secured}), and its files
     * are made 0600 once H2 has created them.
     */
    public static HikariDataSource open(DatabaseSettings settings) {
        H2FileDatabase.Prepared prepared = H2FileDatabase.prepareHeld(settings);
        try {
            return openPool(prepared.settings());
        } finally {
            prepared.release();
        }
    }

    private static HikariDataSource openPool(DatabaseSettings secured) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("hub-db");
        config.setJdbcUrl(secured.url());
        config.setUsername(secured.user());
        config.setPassword(secured.password());
        config.setMaximumPoolSize(secured.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        HikariDataSource dataSource = new HikariDataSource(config);
        H2FileDatabase.restrictFiles(secured);
        return dataSource;
    }

    /**
     * The settings to connect with: for an H2 file database, its folder created 0700, its listener on loopback,
     * and, when {@code hub.db.password} is empty, the password generated for it (set on the user on first use).
     * PostgreSQL settings are returned as they are.
     */
    public static DatabaseSettings secured(DatabaseSettings settings) {
        return H2FileDatabase.prepare(settings);
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

    /**
     * {@link #migrate} on a thread of its own, for a start that has other work to do meanwhile: nothing may use the
     * schema before the returned future is done (the hub waits for it before its routes start).
     */
    public static CompletableFuture<MigrateResult> migrateInBackground(DataSource dataSource) {
        CompletableFuture<MigrateResult> migrated = new CompletableFuture<>();
        Thread migrating = new Thread(() -> {
            try {
                migrated.complete(migrate(dataSource));
            } catch (RuntimeException | Error e) {
                migrated.completeExceptionally(e);
            }
        }, "schema-migration");
        migrating.setDaemon(true);
        migrating.start();
        return migrated;
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

package io.cloudsync.hub.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.camel.DatabaseHealthCheck;
import io.cloudsync.hub.camel.DeferredHttpTransport;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.PlannerStatistics;
import io.cloudsync.hub.db.ProcessedMessageRetention;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.model.CanonicalJson;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/** What every area stands on: the configuration, the state database, outgoing HTTP, JSON and the redactor. */
public final class PlatformConfiguration implements CamelConfiguration, AutoCloseable {

    private final HubProperties properties;
    private final SecretRedactor redactor;
    private final ObjectMapper json = CanonicalJson.mapper();
    private final HikariDataSource dataSource;
    private final DeferredHttpTransport http;
    private final ProcessedMessageRetention processedRetention;
    private final PlannerStatistics plannerStatistics;
    private final DatabaseHealthCheck healthCheck;
    private final CompletableFuture<?> schema;

    /**
     * @param migrateInBackground the schema migrations run on their own thread while the caller goes on, and
     *                            {@link #awaitSchema()} must be called before anything uses the database; else they
     *                            are done when this returns
     */
    PlatformConfiguration(HubProperties properties, HubSettings settings, boolean migrateInBackground) {
        this.properties = properties;
        this.redactor = SecretRedactor.forConfiguration(properties.asMap());
        if (migrateInBackground) {
            this.dataSource = Database.open(settings.database());
            this.schema = Database.migrateInBackground(dataSource);
        } else {
            this.dataSource = Database.openMigrated(settings.database());
            this.schema = CompletableFuture.completedFuture(null);
        }
        this.http = new DeferredHttpTransport(settings.http().connectTimeoutMillis(),
                settings.http().readTimeoutMillis());
        this.processedRetention = new ProcessedMessageRetention(dataSource);
        this.plannerStatistics = new PlannerStatistics(dataSource);
        this.healthCheck = new DatabaseHealthCheck(dataSource, redactor);
    }

    @BindToRegistry
    public HubProperties hubProperties() {
        return properties;
    }

    @BindToRegistry
    public ObjectMapper hubJson() {
        return json;
    }

    @BindToRegistry
    public SecretRedactor secretRedactor() {
        return redactor;
    }

    @BindToRegistry
    public HikariDataSource dataSource() {
        return dataSource;
    }

    @BindToRegistry
    public DeferredHttpTransport httpTransport() {
        return http;
    }

    @BindToRegistry
    public DatabaseHealthCheck stateDatabaseHealthCheck() {
        return healthCheck;
    }

    @BindToRegistry
    public ProcessedMessageRetention processedMessageRetention() {
        return processedRetention;
    }

    @BindToRegistry
    public PlannerStatistics plannerStatistics() {
        return plannerStatistics;
    }

    /** Returns once the schema is up to date; throws what the migrations failed with. */
    void awaitSchema() {
        try {
            schema.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Hands the Camel context to the transport that sends through it; called before the routes start. */
    void attach(CamelContext context) {
        http.attach(context);
    }

    @Override
    public void close() {
        try {
            schema.join(); // a pool closed under Flyway would leave the schema half migrated
        } catch (RuntimeException ignored) {
            // reported by awaitSchema
        }
        try {
            http.close();
        } catch (Exception ignored) {
            // best effort: the process is stopping
        }
        dataSource.close();
    }
}

package io.cloudsync.hub.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.camel.DatabaseHealthCheck;
import io.cloudsync.hub.camel.DeferredHttpTransport;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.ProcessedMessageRetention;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.model.CanonicalJson;
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
    private final DatabaseHealthCheck healthCheck;

    PlatformConfiguration(HubProperties properties, HubSettings settings) {
        this.properties = properties;
        this.redactor = SecretRedactor.forConfiguration(properties.asMap());
        this.dataSource = Database.openMigrated(settings.database());
        this.http = new DeferredHttpTransport(settings.http().connectTimeoutMillis(),
                settings.http().readTimeoutMillis());
        this.processedRetention = new ProcessedMessageRetention(dataSource);
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

    /** Hands the Camel context to the transport that sends through it; called before the routes start. */
    void attach(CamelContext context) {
        http.attach(context);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (Exception ignored) {
            // best effort: the process is stopping
        }
        dataSource.close();
    }
}

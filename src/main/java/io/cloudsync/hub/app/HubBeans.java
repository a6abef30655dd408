package io.cloudsync.hub.app;

import com.zaxxer.hikari.HikariDataSource;
import io.cloudsync.hub.camel.DatabaseHealthCheck;
import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.state.CheckpointRepository;
import io.cloudsync.hub.state.Database;
import io.cloudsync.hub.state.DatabaseSettings;
import io.cloudsync.hub.state.DeadLetterRepository;
import io.cloudsync.hub.state.MirrorRepository;
import io.cloudsync.hub.state.ProcessedMessageRetention;
import io.cloudsync.hub.state.SecretRedactor;
import io.cloudsync.hub.state.SinkLedger;
import io.cloudsync.hub.state.StockSnapshotRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The one place that builds the hub's beans from its configuration. Route files reach them by name
 * ({@code #bean:name} or {@code bean: name}); Java code receives them through constructors.
 */
public final class HubBeans implements AutoCloseable {

    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final HikariDataSource dataSource;

    private HubBeans(HubProperties properties) {
        this.dataSource = Database.openMigrated(DatabaseSettings.from(properties));
        beans.put("hubProperties", properties);
        beans.put("dataSource", dataSource);
        beans.put("stateDatabaseHealthCheck", new DatabaseHealthCheck(dataSource));
        beans.put("marketSyncSigner", new MarketSyncSigner(properties.get("hub.marketsync.token"),
                properties.get("hub.marketsync.private-key")));
        addStateBeans(SecretRedactor.forConfiguration(properties.asMap()));
    }

    private void addStateBeans(SecretRedactor redactor) {
        DeadLetterRepository deadLetters = new DeadLetterRepository(dataSource, redactor);
        beans.put("secretRedactor", redactor);
        beans.put("checkpointRepository", new CheckpointRepository(dataSource, redactor));
        beans.put("mirrorRepository", new MirrorRepository(dataSource));
        beans.put("stockSnapshotRepository", new StockSnapshotRepository(dataSource));
        beans.put("sinkLedger", new SinkLedger(dataSource));
        beans.put("deadLetterRepository", deadLetters);
        beans.put("deadLetterStore", new DeadLetterStore(deadLetters));
        beans.put("redeliveryTracker", new RedeliveryTracker());
        beans.put("processedMessageRetention", new ProcessedMessageRetention(dataSource));
    }

    public static HubBeans create(HubProperties properties) {
        return new HubBeans(properties);
    }

    public void bindTo(BiConsumer<String, Object> registry) {
        beans.forEach(registry);
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

package io.cloudsync.hub.camel;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/**
 * Camel's JDBC idempotent repository on the state database. Its table, {@code CAMEL_MESSAGEPROCESSED}, is
 * created by migration (with its primary key), so the repository must not try to create it: on PostgreSQL the
 * failed probe would poison the transaction. Use it with {@code eager: false}, so a key is stored only when its
 * exchange completed; entries are cleaned up by {@code ProcessedMessageRetention}.
 */
public final class IdempotentRepositories {

    private IdempotentRepositories() {
    }

    public static JdbcMessageIdRepository jdbc(DataSource dataSource, String processorName) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, processorName);
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}

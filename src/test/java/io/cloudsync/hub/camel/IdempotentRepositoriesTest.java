package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

class IdempotentRepositoriesTest {

    @EngineTest
    void theRepositoryWorksOnTheMigratedTable(TestDatabase db) {
        JdbcMessageIdRepository repository = IdempotentRepositories.jdbc(db.dataSource(), "marketsync");
        repository.start();
        try {
            assertThat(repository.isCreateTableIfNotExists()).isFalse();
            assertThat(repository.contains("SKU-1")).isFalse();
            assertThat(repository.add("SKU-1")).isTrue();
            assertThat(repository.add("SKU-1")).isFalse();
            assertThat(repository.contains("SKU-1")).isTrue();
            assertThat(repository.confirm("SKU-1")).isTrue();

            JdbcMessageIdRepository other = IdempotentRepositories.jdbc(db.dataSource(), "erp");
            other.start();
            assertThat(other.contains("SKU-1")).as("keys are per processor").isFalse();
            other.stop();

            assertThat(repository.remove("SKU-1")).isTrue();
            assertThat(repository.contains("SKU-1")).isFalse();
        } finally {
            repository.stop();
        }
    }

    @EngineTest
    void withEagerFalseAFailedExchangeLeavesNoKeyAndACompletedOneSkipsItsDuplicate(TestDatabase db)
            throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("processed", IdempotentRepositories.jdbc(db.dataSource(), "test-sink"));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:deliver").routeId("test-idempotent")
                            .idempotentConsumer(header("sku")).idempotentRepository("processed").eager(false)
                            .process(exchange -> {
                                if (exchange.getMessage().getHeader("fail", false, Boolean.class)) {
                                    throw new IllegalStateException("target down");
                                }
                                delivered.add(exchange.getMessage().getHeader("sku", String.class));
                            });
                }
            });
            camel.start();
            ProducerTemplate producer = camel.createProducerTemplate();

            Exchange failed = producer.send("direct:deliver", exchange -> {
                exchange.getMessage().setHeader("sku", "SKU-1");
                exchange.getMessage().setHeader("fail", true);
            });
            producer.sendBodyAndHeader("direct:deliver", "", "sku", "SKU-1");
            producer.sendBodyAndHeader("direct:deliver", "", "sku", "SKU-1");

            assertThat(failed.getException()).hasMessage("target down");
            assertThat(delivered).containsExactly("SKU-1");
        }
    }
}

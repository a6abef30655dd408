package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.testing.ErrorHandlingBeans;
import io.cloudsync.hub.testing.RouteFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** routes/db-statistics.camel.yaml asks for fresh planner statistics on its period, whether any table was stale or not. */
class DbStatisticsRouteTest extends CamelTestSupport {

    private final AtomicInteger passes = new AtomicInteger();
    private final List<Object> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RouteFiles.load(context, Map.of("hub.db.statistics-period", "50", "hub.retry.max-attempts", "0"),
                "routes/error-handling.camel.yaml", "routes/db-statistics.camel.yaml");
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("plannerStatistics", new Object() {
            @SuppressWarnings("unused")
            public List<String> refresh() {
                return passes.incrementAndGet() % 2 == 0 ? List.of("mirror_record", "stock_snapshot") : List.of();
            }
        });
        ErrorHandlingBeans.bind(registry, deadLetters);
    }

    @Test
    void theTablesAreLookedAtOnThePeriodAndNothingFails() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> passes.get() >= 4 || !deadLetters.isEmpty());

        assertThat(deadLetters).isEmpty();
        assertThat(context.getRoute("db-statistics")).isNotNull();
    }
}

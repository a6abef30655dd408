package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.reports.ReportRetention;
import io.cloudsync.hub.testing.ErrorHandlingBeans;
import io.cloudsync.hub.testing.RouteFiles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** routes/reports-retention.camel.yaml calls the retention job on its period, whether it pruned or not. */
class ReportsRetentionRouteTest extends CamelTestSupport {

    private final AtomicInteger passes = new AtomicInteger();
    private final List<Object> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RouteFiles.load(context, Map.of("hub.reports.retention-period", "50", "hub.poll.first-delay", "10",
                "hub.retry.max-attempts", "0"), "routes/error-handling.camel.yaml", "routes/reports-retention.camel.yaml");
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("reportRetention", new Object() {
            @SuppressWarnings("unused")
            public ReportRetention.Pruned prune() {
                return new ReportRetention.Pruned(passes.incrementAndGet() % 2, LocalDate.parse("2023-06-30"));
            }
        });
        ErrorHandlingBeans.bind(registry, deadLetters);
    }

    @Test
    void theJobRunsOnItsPeriodAndNothingFails() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> passes.get() >= 4 || !deadLetters.isEmpty());

        assertThat(deadLetters).isEmpty();
        assertThat(context.getRoute("reports-retention")).isNotNull();
    }
}

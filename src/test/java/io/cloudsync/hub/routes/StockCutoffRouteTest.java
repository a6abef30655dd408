package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.testing.ErrorHandlingBeans;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * routes/marketsync-stock-cutoff.camel.yaml: on its period it asks the mover for a move, has the move's products'
 * stock read again, and hands the move's change set to the MarketSync sink's entry; a tick with nothing to move
 * sends nothing.
 */
class StockCutoffRouteTest extends CamelTestSupport {

    private final AtomicInteger ticks = new AtomicInteger();
    private final List<Object> delivered = new CopyOnWriteArrayList<>();
    private final List<ChangeSet> refreshed = new CopyOnWriteArrayList<>();
    private final List<Object> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("hub.marketsync.stock-cutoff.period", "50");
        properties.setProperty("hub.poll.first-delay", "10");
        properties.setProperty("hub.retry.max-attempts", "0");
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveResource(context, "file:routes/error-handling.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/marketsync-stock-cutoff.camel.yaml"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:marketsync").routeId("marketsync-stand-in").process(e -> delivered.add(e.getMessage()
                        .getBody()));
            }
        });
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("stockCutoffMover", new Object() {
            @SuppressWarnings("unused")
            public ChangeSet begin() {
                return ticks.incrementAndGet() % 2 == 0 ? new ChangeSet(0, "stock-cutoff", List.of("7", "9")) : null;
            }
        });
        registry.bind("stockRefresh", new Object() {
            @SuppressWarnings("unused")
            public ChangeSet refresh(ChangeSet set) {
                refreshed.add(set);
                return set;
            }
        });
        ErrorHandlingBeans.bind(registry, deadLetters);
    }

    @Test
    void everyMoveReachesTheSinkAndATickWithoutOneSendsNothing() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ticks.get() >= 6);
        // the timer's route first: a graceful stop lets its exchange in flight reach the sink's stand-in, which
        // stopping every route at once may stop before it (a refresh without its delivery)
        context.getRouteController().stopRoute("marketsync-stock-cutoff");
        context.getRouteController().stopAllRoutes();

        assertThat(deadLetters).isEmpty();
        assertThat(refreshed).as("each move's stock read again first").hasSameSizeAs(delivered);
        assertThat(delivered).hasSize(ticks.get() / 2)
                .allSatisfy(body -> assertThat(body).isEqualTo(new ChangeSet(0, "stock-cutoff", List.of("7", "9"))));
    }
}

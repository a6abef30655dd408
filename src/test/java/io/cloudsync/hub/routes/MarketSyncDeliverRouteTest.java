package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * routes/marketsync-products.camel.yaml, delivery: a change set larger than {@code hub.marketsync.plan-size} is planned
 * and finished in slices of that size, in order, and the set is reported delivered once, after the last slice (a
 * stock cut-off move hands on every live product: planned at once, its plans filled the heap); a set delivered before
 * is skipped whole.
 */
class MarketSyncDeliverRouteTest extends CamelTestSupport {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("hub.marketsync.plan-size", "4");
        properties.setProperty("hub.marketsync.max-in-flight", "2");
        properties.setProperty("hub.marketsync.circuit-failure-rate", "50");
        properties.setProperty("hub.marketsync.circuit-open-seconds", "30");
        properties.setProperty("hub.retry.max-attempts", "0");
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveResource(context, "file:routes/error-handling.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/marketsync-products.camel.yaml"));
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("marketSyncSink", new StandInSink());
        registry.bind("changeSetRepository", MemoryIdempotentRepository.memoryIdempotentRepository());
        registry.bind("marketSyncRequests", Executors.newFixedThreadPool(2));
        registry.bind("deadLetterStore", new Object() {
            @SuppressWarnings("unused")
            public void record(Object body) {
                calls.add("dead letter");
            }
        });
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(0));
    }

    @Test
    void aLargeSetIsPlannedInSlicesAndDeliveredOnceAfterTheLast() {
        List<String> ids = IntStream.rangeClosed(1, 10).mapToObj(Integer::toString).toList();

        template.requestBody("direct:marketsync", new ChangeSet(7, "stock-cutoff", ids));

        assertThat(calls).containsExactly("plan [1, 2, 3, 4]", "finish [1, 2, 3, 4]", "plan [5, 6, 7, 8]",
                "finish [5, 6, 7, 8]", "plan [9, 10]", "finish [9, 10]", "delivered 10");
    }

    @Test
    void aSmallSetIsOneSliceAndASetDeliveredBeforeIsSkipped() {
        ChangeSet page = new ChangeSet(8, "products", List.of("1", "2", "3"));

        template.requestBody("direct:marketsync", page);
        template.requestBody("direct:marketsync", page);

        assertThat(calls).containsExactly("plan [1, 2, 3]", "finish [1, 2, 3]", "delivered 3");
    }

    /** The sink's steps as the route calls them, recorded; a run with no calls to send. */
    public final class StandInSink {

        public ChangeSet changeSet(Object body) {
            return (ChangeSet) body;
        }

        public Run plan(ChangeSet set) {
            calls.add("plan " + set.storeIds());
            return new Run(set);
        }

        public String finish(Run run) {
            calls.add("finish " + run.set().storeIds());
            return "ok";
        }

        public void send(Object request) {
            calls.add("send");
        }

        public void failed(Object request, Throwable error, Integer attempts) {
            calls.add("failed");
        }

        public String delivered(ChangeSet set) {
            calls.add("delivered " + set.size());
            return null;
        }
    }

    /** A planned slice with nothing to send. */
    public record Run(ChangeSet set) {

        public boolean prepareNextWave() {
            return false;
        }
    }
}

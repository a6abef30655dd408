package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.testing.RouteFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * routes/store-orders.camel.yaml and routes/store-customers.camel.yaml on the real ingest loop: each flow polls
 * its bean, hands each non-empty change set to its sinks (none by default: an empty list is no sink, not an
 * error) and only then tells the bean it was delivered.
 */
class StoreOrdersRoutesTest extends CamelTestSupport {

    private final ScriptedIngest orders = new ScriptedIngest("orders");
    private final ScriptedIngest customers = new ScriptedIngest("customers");
    // a recorder rather than a mock endpoint: the run starts 10 ms after the context and can be over before the
    // test method begins, and what a mock received may be reset by then
    private final RecordingSink ordersSink = new RecordingSink();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RouteFiles.load(context, Map.of("hub.poll.orders", "1h", "hub.poll.customers", "1h",
                        "hub.poll.first-delay", "10", "hub.sinks.orders", "bean:ordersSink?method=receive",
                        "hub.sinks.customers", "", "hub.retry.max-attempts", "0"),
                "routes/error-handling.camel.yaml", "routes/store-ingest.camel.yaml", "routes/store-orders.camel.yaml",
                "routes/store-customers.camel.yaml");
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("ordersSink", ordersSink);
        registry.bind("orderIngest", orders);
        registry.bind("customerIngest", customers);
        registry.bind("deadLetterStore", new Object() {
            @SuppressWarnings("unused")
            public void record(Object body) {
                throw new AssertionError("nothing may be dead-lettered");
            }
        });
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(0));
        registry.bind("ingestFailures", new Failures());
        registry.bind("poisonRecords", new Object() {
            @SuppressWarnings("unused")
            public void record(Object run) {
            }

            @SuppressWarnings("unused")
            public String replay(String body) {
                throw new AssertionError("nothing is replayed here");
            }
        });
    }

    /** Records what the loop reports as failed runs (the routes' error handling logs nothing here). */
    public static final class Failures {

        final List<String> failed = new CopyOnWriteArrayList<>();

        public String record(String flow, Throwable error) {
            failed.add(flow + ": " + error);
            return flow + " failed";
        }
    }

    @Test
    void ordersGoToTheirSinksAndCustomersWithNoSinkAreStillDelivered() throws Exception {
        Failures failures = context.getRegistry().lookupByNameAndType("ingestFailures", Failures.class);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !failures.failed.isEmpty() || orders.finished && customers.finished);
        assertThat(failures.failed).isEmpty();

        assertThat(ordersSink.received).extracting(ChangeSet::storeIds)
                .containsExactly(List.of("1", "2"), List.of("3"));
        assertThat(orders.delivered).containsExactly(1L, 2L, 0L);
        assertThat(customers.delivered).containsExactly(1L, 2L, 0L);
    }

    /** The orders' sink: keeps every change set it is handed. */
    public static final class RecordingSink {

        final List<ChangeSet> received = new CopyOnWriteArrayList<>();

        public void receive(ChangeSet set) {
            received.add(set);
        }
    }

    /** An ingest bean that hands out two change sets and an empty one, and records what was delivered. */
    public static final class ScriptedIngest {

        private final String entity;
        final List<Long> delivered = new CopyOnWriteArrayList<>();
        volatile boolean finished;

        ScriptedIngest(String entity) {
            this.entity = entity;
        }

        public Run start() {
            return new Run(new ArrayList<>(List.of(new ChangeSet(1, entity, List.of("1", "2")),
                    new ChangeSet(2, entity, List.of("3")), new ChangeSet(0, entity, List.of()))));
        }

        public ChangeSet next(Run run) {
            return run.sets.remove(0);
        }

        public void delivered(Run run, ChangeSet set) {
            delivered.add(set.id());
        }

        public void finish(Run run) {
            finished = true;
        }
    }

    /** The run the loop carries: whether sets are left. */
    public static final class Run {

        final List<ChangeSet> sets;

        Run(List<ChangeSet> sets) {
            this.sets = sets;
        }

        public boolean hasMore() {
            return !sets.isEmpty();
        }
    }
}

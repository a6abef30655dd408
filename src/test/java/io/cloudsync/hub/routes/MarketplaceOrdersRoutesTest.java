package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.outbox.ChangeSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * routes/marketsync-orders.camel.yaml with its default sink, routes/store-marketplace-orders.camel.yaml: each poll
 * hands every non-empty change set to the sink and only then tells the bean it was delivered (empty sets too, so
 * the position moves); a sink that fails is dead-lettered under its own name and the poll goes on; a poll that
 * fails is recorded on the flow's checkpoint, and the next poll runs.
 */
class MarketplaceOrdersRoutesTest extends org.apache.camel.test.junit5.CamelTestSupport {

    private final ScriptedPoll poll = new ScriptedPoll();
    private final HandOff handOff = new HandOff();
    private final DeadLetters deadLetters = new DeadLetters();
    private final StoreOrdersRoutesTest.Failures failures = new StoreOrdersRoutesTest.Failures();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("hub.poll.marketplace-orders", "100");
        properties.setProperty("hub.poll.first-delay", "10");
        properties.setProperty("hub.sinks.marketplace-orders", "direct:store-marketplace-orders");
        properties.setProperty("hub.retry.max-attempts", "0");
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveResource(context, "file:routes/error-handling.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/store-ingest.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/marketsync-orders.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/store-marketplace-orders.camel.yaml"));
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("marketplaceOrderIngest", poll);
        registry.bind("marketplaceOrderSink", handOff);
        registry.bind("deadLetterStore", deadLetters);
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(0));
        registry.bind("ingestFailures", failures);
        // store-ingest.camel.yaml holds store-ingest-failed, where a failed poll goes, and the store's replay route
        registry.bind("poisonRecords", new Object() {
            @SuppressWarnings("unused")
            public String replay(String body) {
                throw new AssertionError("nothing is replayed here");
            }
        });
    }

    @Test
    void changeSetsReachTheStoreSinkBeforeTheyCountAsDeliveredAndFailuresDoNotStopThePoll() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> poll.runs.get() >= 3);

        assertThat(handOff.received).extracting(ChangeSet::id).as("the empty set is not handed on")
                .startsWith(1L, 3L, 5L);
        assertThat(poll.delivered).as("every set of the first poll, after its hand-off; the dead-lettered one too")
                .startsWith(1L, 0L, 3L, 5L);
        assertThat(poll.finished).as("the first poll finished; the second failed").startsWith(1).doesNotContain(2);
        assertThat(deadLetters.sinks).as("set 3 failed in the sink: dead-lettered under the sink's name")
                .containsExactly("store-orders: marketplace-orders [135003]");
        assertThat(failures.failed).singleElement().asString().startsWith("marketplace-orders: ")
                .contains("MarketSync answered HTTP 503");
    }

    /** The poll bean: a first poll with four sets (one empty), a second that fails, then empty polls. */
    public static final class ScriptedPoll {

        final AtomicInteger runs = new AtomicInteger();
        final List<Long> delivered = new CopyOnWriteArrayList<>();
        final List<Integer> finished = new CopyOnWriteArrayList<>();

        public Run start() {
            int run = runs.incrementAndGet();
            return switch (run) {
                case 1 -> new Run(new ArrayList<>(List.of(set(1, "135001", "135002"), set(0),
                        set(3, "135003"), set(5, "135005"))), false, run);
                case 2 -> new Run(new ArrayList<>(List.of(set(4, "135004"))), true, run);
                default -> new Run(new ArrayList<>(), false, run);
            };
        }

        public ChangeSet next(Run run) {
            if (run.fails) {
                throw new IllegalStateException("MarketSync answered HTTP 503 on pedidos");
            }
            return run.sets.remove(0);
        }

        public void delivered(Run run, ChangeSet set) {
            delivered.add(set.id());
        }

        public String finish(Run run) {
            finished.add(run.number);
            return "marketplace orders: 3 new or changed of 3 read";
        }

        private static ChangeSet set(long id, String... orders) {
            return new ChangeSet(id, "marketplace-orders", List.of(orders));
        }
    }

    /** What the route carries between steps. */
    public static final class Run {

        final List<ChangeSet> sets;
        final boolean fails;
        final int number;

        Run(List<ChangeSet> sets, boolean fails, int number) {
            this.sets = sets;
            this.fails = fails;
            this.number = number;
        }

        public boolean hasMore() {
            return fails || !sets.isEmpty();
        }
    }

    /** The store sink's bean: refuses set 3. */
    public static final class HandOff {

        final List<ChangeSet> received = new CopyOnWriteArrayList<>();

        public ChangeSet changeSet(ChangeSet set) {
            return set;
        }

        public String deliver(ChangeSet set) {
            received.add(set);
            if (set.id() == 3) {
                throw new IllegalStateException("the store is down");
            }
            return "handed over " + set.storeIds();
        }
    }

    /** The dead-letter store: keeps the sink and key each letter was filed under. */
    public static final class DeadLetters {

        final List<String> sinks = new CopyOnWriteArrayList<>();

        public void record(Exchange exchange) {
            sinks.add(exchange.getProperty("HubSink", String.class) + ": "
                    + exchange.getProperty("HubMessageKey", String.class));
        }
    }
}

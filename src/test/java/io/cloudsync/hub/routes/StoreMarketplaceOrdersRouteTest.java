package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * routes/store-marketplace-orders.camel.yaml hands each change set to bean marketplaceOrderSink (read, then
 * delivered); a change set that fails goes to the shared dead-letter store under sink store-orders.
 */
class StoreMarketplaceOrdersRouteTest extends CamelTestSupport {

    private final List<ChangeSet> delivered = new CopyOnWriteArrayList<>();
    private final List<String> deadLetterSinks = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("hub.retry.max-attempts", "0");
        properties.setProperty("hub.store.marketplace-email-domain", "marketplace.invalid");
        properties.setProperty("hub.store.marketplace-payment-module", "marketsync");
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveResource(context, "file:routes/error-handling.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/store-marketplace-orders.camel.yaml"));
        return context;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("marketplaceOrderSink", new Object() {
            @SuppressWarnings("unused")
            public ChangeSet changeSet(Object body) {
                return body instanceof ChangeSet set ? set : new ChangeSet(0, "marketplace-orders", List.of("9"));
            }

            @SuppressWarnings("unused")
            public String deliver(ChangeSet set) {
                if (set.storeIds().contains("666")) {
                    throw new IllegalStateException("the store is down");
                }
                delivered.add(set);
                return set.size() + " marketplace orders";
            }
        });
        registry.bind("deadLetterStore", new Object() {
            @SuppressWarnings("unused")
            public void record(Exchange exchange) {
                String header = exchange.getMessage().getHeader("HubSink", String.class);
                deadLetterSinks.add(header != null ? header : exchange.getProperty("HubSink", String.class));
            }
        });
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(0));
    }

    @Test
    void eachChangeSetIsDeliveredByTheSinkBean() {
        ChangeSet set = new ChangeSet(3, "marketplace-orders", List.of("1080", "1081"));

        Object answer = template.requestBody("direct:store-marketplace-orders", set);
        template.requestBody("direct:store-marketplace-orders", "{\"entity\":\"marketplace-orders\"}");

        assertThat(answer).isEqualTo("2 marketplace orders");
        assertThat(delivered).extracting(ChangeSet::storeIds).containsExactly(List.of("1080", "1081"), List.of("9"));
        assertThat(deadLetterSinks).isEmpty();
    }

    @Test
    void aChangeSetThatFailsIsADeadLetterOfSinkStoreOrders() {
        template.requestBody("direct:store-marketplace-orders",
                new ChangeSet(4, "marketplace-orders", List.of("666")));

        assertThat(delivered).isEmpty();
        assertThat(deadLetterSinks).containsExactly("store-orders");
    }
}

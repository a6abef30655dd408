package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.erp.stock.InventoryStep;
import io.cloudsync.hub.erp.stock.StoreStockWrite;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * routes/erp-tryton-stock.camel.yaml and erp-tryton-inventory.camel.yaml as flows, on their Quartz schedules (every
 * second here): a run pages until its bean says there is no more, each line goes on its own, a line that fails is a
 * dead letter of the route's sink named by its SKU while the others go on, and a run that fails as a whole is logged,
 * not dead-lettered. (Against Tryton and the store: ErpStockMasterSyncTest, ErpInventorySyncTest.)
 */
class ErpTrytonStockRoutesTest extends CamelTestSupport {

    private final List<String> stored = new CopyOnWriteArrayList<>();
    private final List<String> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicInteger stockRuns = new AtomicInteger();
    private final AtomicInteger inventoryRuns = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("hub.retry.max-attempts", "0");
        properties.setProperty("hub.erp.stock-cron", "0/1 * * * * ?");
        properties.setProperty("hub.erp.inventory-cron", "0/1 * * * * ?");
        properties.setProperty("hub.erp.stock-master-enabled", "true");
        properties.setProperty("hub.erp.enabled", "true");
        properties.setProperty("hub.erp.tryton.batch-size", "2");
        properties.setProperty("hub.erp.tryton.warehouse", "WH");
        properties.setProperty("hub.inventory.low-stock-threshold", "5");
        context.getPropertiesComponent().setOverrideProperties(properties);
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveResource(context, "file:routes/error-handling.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/erp-tryton-stock.camel.yaml"),
                ResourceHelper.resolveResource(context, "file:routes/erp-tryton-inventory.camel.yaml"));
        return context;
    }

    /** A run as the routes read it: whether more pages follow. */
    public static final class Run {
        private final int number;
        private int pages;

        Run(int number) {
            this.number = number;
        }

        public boolean isMore() {
            return pages < 2;
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("erpStockMaster", new Object() {
            @SuppressWarnings("unused")
            public Run start() {
                return new Run(stockRuns.incrementAndGet());
            }

            @SuppressWarnings("unused")
            public List<StoreStockWrite> next(Run run) {
                run.pages++;
                if (run.number > 1) {
                    throw new IllegalStateException("Tryton is down");
                }
                return run.pages == 1 ? List.of(line("A"), line("BAD")) : List.of(line("C"));
            }

            @SuppressWarnings("unused")
            public String sku(Object body) {
                return ((StoreStockWrite) body).sku();
            }

            @SuppressWarnings("unused")
            public StoreStockWrite write(Object body) {
                StoreStockWrite line = (StoreStockWrite) body;
                if (line.sku().equals("BAD")) {
                    throw new IllegalStateException("the store refused stock row of BAD");
                }
                stored.add("stock " + line.sku());
                return line;
            }
        });
        registry.bind("erpInventory", new Object() {
            @SuppressWarnings("unused")
            public List<InventoryStep> pendingRequests() {
                // the second run is handed LOW's request again, as if its decision had not recorded it: the
                // idempotent consumer keyed by the decision makes it once
                return switch (inventoryRuns.get()) {
                    case 0 -> List.of(step(9, "purchase-requested", "LEFT"));
                    case 1 -> List.of(step(10, "purchase-requested", "LOW"));
                    default -> List.of();
                };
            }

            @SuppressWarnings("unused")
            public Run start() {
                return new Run(inventoryRuns.incrementAndGet());
            }

            @SuppressWarnings("unused")
            public List<InventoryStep> next(Run run) {
                run.pages++;
                if (run.number > 1) {
                    throw new IllegalStateException("Tryton is down");
                }
                return run.pages == 1 ? List.of(step(0, "store-updated", "UP"), step(10, "purchase-requested", "LOW"))
                        : List.of(step(0, "received", "NOPE"));
            }

            @SuppressWarnings("unused")
            public String sku(Object body) {
                return ((InventoryStep) body).sku();
            }

            @SuppressWarnings("unused")
            public boolean writesStore(Object body) {
                return ((InventoryStep) body).writesStore();
            }

            @SuppressWarnings("unused")
            public String writeStore(Object body) {
                InventoryStep step = (InventoryStep) body;
                if (step.sku().equals("NOPE")) {
                    throw new IllegalStateException("the store refused stock row of NOPE");
                }
                stored.add(step.action() + " " + step.sku());
                return step.sku();
            }

            @SuppressWarnings("unused")
            public String requestKey(Object body) {
                return "erp-tryton-inventory:decision-" + ((InventoryStep) body).decisionId();
            }

            @SuppressWarnings("unused")
            public String request(Object body) {
                InventoryStep step = (InventoryStep) body;
                stored.add("request " + step.sku());
                return step.sku();
            }
        });
        registry.bind("deadLetterStore", new Object() {
            @SuppressWarnings("unused")
            public void record(Exchange exchange) {
                deadLetters.add(exchange.getProperty("HubSink", String.class) + " "
                        + exchange.getProperty("HubMessageKey", String.class));
            }
        });
        registry.bind("changeSetRepository", new MemoryIdempotentRepository());
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(0));
    }

    @Test
    void eachLineGoesOnItsOwnAndAFailingLineIsADeadLetterNamedByItsSku() {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> stockRuns.get() >= 3 && inventoryRuns.get() >= 3);

        assertThat(stored).containsExactlyInAnyOrder("stock A", "stock C", "request LEFT", "store-updated UP",
                "request LOW");
        assertThat(stored.indexOf("request LEFT")).as("a shortage left by a run cut short comes first")
                .isLessThan(stored.indexOf("store-updated UP"));
        assertThat(deadLetters).as("runs that failed as a whole are logged, not dead-lettered")
                .containsExactlyInAnyOrder("erp-tryton-stock BAD", "erp-tryton-inventory NOPE");
    }

    private static StoreStockWrite line(String sku) {
        return new StoreStockWrite(sku, 1, 0, 1, 5);
    }

    private static InventoryStep step(long decision, String action, String sku) {
        return new InventoryStep(decision, action, sku, 1, 0, 3, 5, 3, 7, 70);
    }
}

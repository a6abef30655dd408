package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.erp.orders.SaleIntent;
import io.cloudsync.hub.erp.orders.SaleOrderMapping;
import io.cloudsync.hub.erp.orders.TestProducts;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub in-process with the sandbox store, the sandbox MarketSync and a real Tryton, the ERP sinks listed next to
 * the defaults: every store order worth a sale and every marketplace order paid appears in Tryton as a confirmed sale,
 * once each, and a marketplace order and the store order the hub imported from it are one sale.
 */
class ErpOrdersSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = CanonicalJson.mapper();

    @TempDir
    Path dir;

    @Test
    void storeAndMarketplaceOrdersBecomeConfirmedSalesOnceEach() throws Exception {
        TrytonDatabase tryton = TrytonServer.shared().newDatabase();
        Map<String, String> keys = new HashMap<>(tryton.hubProperties());
        keys.put("hub.poll.marketplace-orders", "1s");
        keys.put("hub.marketsync.orders-lookback-period", "0s");
        keys.put("hub.sinks.orders", "direct:marketsync-order-status,direct:erp-tryton-orders");
        keys.put("hub.sinks.marketplace-orders", "direct:store-marketplace-orders,direct:erp-tryton-marketplace-orders");
        try (SyncHarness harness = SyncHarness.prepare(dir, StoreSandboxSettings.from(HubProperties.of(Map.of()))
                        .withPort(0).withProducts(12).withActivityPerMinute(0).withCustomersAndOrders(5, 8),
                MarketSyncSandboxSettings.of(0, 42, Duration.ZERO, 0, 0), Instant.now(), keys)) {
            TestProducts.create(tryton, storeSkus(harness));
            harness.startHub();
            List<Object> generated = new ArrayList<>();
            SyncHarness.await(SYNC, "8 marketplace orders taken for published products", () -> {
                generated.addAll(harness.marketSync().generateOrders(8 - generated.size()));
                return generated.size() == 8;
            });

            SyncHarness.await(SYNC, "every order worth a sale confirmed in Tryton", () -> {
                Set<String> expected = expectedSales(harness);
                Map<String, List<String>> sales = sales(tryton);
                return expected.size() >= 8 && expected.stream().allMatch(reference ->
                        List.of("processing").equals(sales.get(reference)));
            });

            Set<String> expected = expectedSales(harness);
            Map<String, List<String>> sales = sales(tryton);
            assertThat(sales.keySet()).as("no sale Tryton has but no order asked for").isEqualTo(expected);
            assertThat(sales.values()).as("one sale per purchase").allSatisfy(states ->
                    assertThat(states).hasSize(1));
            assertThat(expected).as("marketplace orders and plain store orders both made sales")
                    .anyMatch(reference -> reference.startsWith("store "))
                    .anyMatch(reference -> !reference.startsWith("store "));
            assertThat(harness.bean("deadLetterRepository", DeadLetterRepository.class).list(DeadLetterQuery.any()))
                    .noneMatch(letter -> letter.sink() != null && letter.sink().startsWith("erp-tryton"));
        }
    }

    /** Every SKU the shop sells under: products', combinations', and the mapping's "<product>-<combination id>". */
    private static Set<String> storeSkus(SyncHarness harness) {
        var data = harness.shop().data();
        Set<String> skus = new TreeSet<>();
        data.products.all().forEach(product -> skus.add(product.reference()));
        data.combinations.all().forEach(combination -> {
            skus.add(combination.reference());
            skus.add(data.products.get(combination.productId()).reference() + "-" + combination.id());
        });
        skus.removeIf(String::isBlank);
        return skus;
    }

    /**
     * The sale references the mirrored orders ask for: paid marketplace orders with lines the seller ships, and store
     * orders worth a sale (an imported one shares its marketplace order's, named in its payment text).
     */
    private static Set<String> expectedSales(SyncHarness harness) {
        try {
            return expectedSalesOf(harness);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mirrored order does not read back", e);
        }
    }

    private static Set<String> expectedSalesOf(SyncHarness harness) throws JsonProcessingException {
        MirrorRepository mirror = harness.bean("mirrorRepository", MirrorRepository.class);
        Set<String> references = new TreeSet<>();
        for (MirrorRecord record : mirror.changesSince(MarketplaceOrder.ENTITY, 0, 10_000)) {
            MarketplaceOrder order = JSON.readValue(record.payload(), MarketplaceOrder.class);
            if (SaleOrderMapping.fromMarketplaceOrder(order, "MX").intent() == SaleIntent.SALE) {
                references.add(SaleOrderMapping.marketplaceReference(order.market(), order.marketId(),
                        order.reference()));
            }
        }
        for (MirrorRecord record : mirror.changesSince(Order.ENTITY, 0, 10_000)) {
            Order order = JSON.readValue(record.payload(), Order.class);
            if (SaleOrderMapping.intent(order.state()) != SaleIntent.SALE) {
                continue;
            }
            references.add(order.paymentModule().equals("marketsync")
                    ? order.payment().replace(" (MarketSync)", "") : SaleOrderMapping.storeReference(order));
        }
        return references;
    }

    /** Tryton's sales: their states by reference. */
    private static Map<String, List<String>> sales(TrytonDatabase tryton) {
        JsonNode rows = tryton.call("model.sale.sale.search_read", List.of(), 0, null, null,
                List.of("reference", "state"), tryton.admin().context());
        Map<String, List<String>> sales = new TreeMap<>();
        rows.forEach(row -> sales.computeIfAbsent(row.path("reference").asText(), k -> new ArrayList<>())
                .add(row.path("state").asText()));
        return sales.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, TreeMap::new));
    }
}

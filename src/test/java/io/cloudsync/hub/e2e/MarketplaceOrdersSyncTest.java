package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.storeorders.ImportLedger;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.testing.JdkHttpTransport;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marketplace orders in, against the sandbox MarketSync: the orders its generator takes on the marketplaces for
 * the products the hub published are polled (GET pedidos, signed, in pages), mirrored once each, handed to the
 * default sink, created once each in the store with their lines (taking their units out of the store's stock; an
 * order waiting for the seller's acceptance once accepted), and served by {@code GET /v1/sync/marketplace-orders};
 * a status change on the marketplace (a cancellation through PUT pedidos) comes back through the look-back pass as
 * an update and cancels the store order, which gives its units back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketplaceOrdersSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = CanonicalJson.mapper();
    /** Each marketplace's own word for a cancelled order (MarketSync's table; Claro has none). */
    private static final Map<Integer, String> CANCELLED = Map.of(2, "canceled", 4, "cancelled", 5, "CANCELED", 6,
            "Canceled", 8, "voided");

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    private static ServedApi api;
    private static final List<Order> generated = new ArrayList<>();
    /** The store's stock before any marketplace order, by "product:combination". */
    private static final Map<String, Integer> stockBefore = new HashMap<>();
    /** Walmart's first word: the seller accepts the order first (hub.store.marketplace-unpaid-statuses). */
    private static final String AWAITING_ACCEPTANCE = "WAITING ACCEPTANCE";

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> keys = new HashMap<>(ServedApi.clientKeys());
        keys.put("hub.poll.marketplace-orders", "1s");
        keys.put("hub.marketsync.orders-page-size", "5");
        keys.put("hub.marketsync.orders-lookback-period", "0s");
        harness = SyncHarness.start(dir, StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0)
                        .withProducts(12).withActivityPerMinute(0).withCustomersAndOrders(5, 5),
                MarketSyncSandboxSettings.of(0, 42, Duration.ZERO, 0, 0), Instant.now(), keys);
        api = new ServedApi("http://127.0.0.1:" + harness.properties().get("camel.server.port"));
        harness.shop().data().stockAvailables.all().forEach(row ->
                stockBefore.put(row.productId() + ":" + row.combinationId(), row.quantity()));
        SyncHarness.await(SYNC, "12 marketplace orders taken for published products", () -> {
            generated.addAll(harness.marketSync().generateOrders(12 - generated.size()));
            return generated.size() == 12;
        });
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private static MirrorRepository mirror() {
        return harness.bean("mirrorRepository", MirrorRepository.class);
    }

    private static ImportLedger ledger() {
        return harness.bean("importLedger", ImportLedger.class);
    }

    /**
     * Every order reached the store sink: each has its import entry (whatever the store made of it), except one
     * still waiting for the seller's acceptance, which waits without one.
     */
    private static boolean handedToTheStore() {
        return generated.stream().allMatch(order -> ledger().find(order.id()).isPresent()
                || currentWord(order).equals(AWAITING_ACCEPTANCE));
    }

    private static String currentWord(Order order) {
        return harness.marketSync().order(order.referencia()).map(Order::estatus).orElse("");
    }

    /** The store orders the hub made for a marketplace order (module marketsync, its reference in the payment). */
    private static List<io.cloudsync.hub.sandbox.store.model.Order> storeOrders(Order order) {
        return harness.shop().data().orders.all().stream().filter(o -> o.module().equals("marketsync")
                && o.payment().endsWith(" " + order.referencia() + " (MarketSync)")).toList();
    }

    /**
     * The store's "product:combination" of a seller SKU: a combination's reference, a product's, or, for a
     * combination without one, {@code <product reference>-<combination id>} as the MarketSync mapping makes it.
     */
    private static String storeKey(String sku) {
        var data = harness.shop().data();
        var byReference = data.combinations.all().stream().filter(c -> c.reference().equals(sku)).findFirst()
                .map(c -> c.productId() + ":" + c.id())
                .or(() -> data.products.all().stream().filter(p -> p.reference().equals(sku)).findFirst()
                        .map(p -> p.id() + ":0"));
        if (byReference.isPresent()) {
            return byReference.get();
        }
        int dash = sku.lastIndexOf('-');
        String productReference = dash < 0 ? "" : sku.substring(0, dash);
        String combination = dash < 0 ? "" : sku.substring(dash + 1);
        return data.combinations.all().stream().filter(c -> Integer.toString(c.id()).equals(combination)
                        && data.products.get(c.productId()).reference().equals(productReference)).findFirst()
                .map(c -> c.productId() + ":" + c.id()).orElseThrow(() -> new AssertionError("no store SKU " + sku));
    }

    private static int storeStock(String key) {
        String[] ids = key.split(":");
        return harness.shop().data().stockOf(Integer.parseInt(ids[0]), Integer.parseInt(ids[1])).quantity();
    }

    /** Units per store "product:combination" the orders take from the seller's stock (fulfillment lines do not). */
    private static Map<String, Integer> sold(List<Order> orders) {
        Map<String, Integer> units = new HashMap<>();
        orders.forEach(order -> order.items().stream().filter(line -> !line.fulfillment())
                .forEach(line -> units.merge(storeKey(line.sku()), line.cantidad(), Integer::sum)));
        return units;
    }

    private static List<String> ids() {
        return generated.stream().map(order -> Long.toString(order.id())).toList();
    }

    private static MarketplaceOrder mirrored(long id) throws Exception {
        return JSON.readValue(mirror().payloadOf(MarketplaceOrder.ENTITY, Long.toString(id)), MarketplaceOrder.class);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void everyOrderIsMirroredOnceAsTheMarketplaceSentItAndHandedToTheStoreSink() throws Exception {
        SyncHarness.await(SYNC, "every marketplace order mirrored and handed over",
                () -> mirror().countLive(MarketplaceOrder.ENTITY) == 12 && handedToTheStore());

        for (Order expected : generated) {
            MarketplaceOrder order = mirrored(expected.id());
            assertThat(order.reference()).isEqualTo(expected.referencia());
            assertThat(order.marketId()).isEqualTo(expected.marketId());
            assertThat(order.status().word()).isEqualTo(expected.estatus());
            assertThat(order.placedAt()).isEqualTo(expected.fechaPedido());
            assertThat(order.total()).isEqualByComparingTo(BigDecimal.valueOf(expected.total(), 4));
            assertThat(order.shipping().postcode()).isEqualTo(expected.shipping().cp());
            if (expected.email().isEmpty() || expected.email().startsWith("none@")) {
                assertThat(order.email()).as("none, or the marketplace's placeholder").isNull();
            } else {
                assertThat(order.email()).as("a buyer's or a relay address").isEqualTo(expected.email());
            }
            assertThat(order.lines()).hasSameSizeAs(expected.items());
            for (int i = 0; i < expected.items().size(); i++) {
                OrderLine line = expected.items().get(i);
                assertThat(order.lines().get(i).sku()).isEqualTo(line.sku());
                assertThat(order.lines().get(i).quantity()).isEqualTo(line.cantidad());
                assertThat(order.lines().get(i).unitPrice()).isEqualByComparingTo(BigDecimal.valueOf(line.precio(), 4));
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void everyOrderIsCreatedOnceInTheStoreWithItsLinesAndTakesItsUnitsFromTheStoresStock() {
        SyncHarness.await(SYNC, "every marketplace order handed to the store",
                () -> mirror().countLive(MarketplaceOrder.ENTITY) == 12 && handedToTheStore());
        List<Order> awaiting = generated.stream().filter(order -> currentWord(order).equals(AWAITING_ACCEPTANCE))
                .toList();
        awaiting.forEach(order -> assertThat(storeOrders(order)).as("%s waits for the seller's acceptance",
                order.referencia()).isEmpty());

        awaiting.forEach(order -> harness.marketSync().marketplaces().changeStatus(order.referencia(), "RECEIVED",
                "accepted by the seller"));

        SyncHarness.await(SYNC, "every marketplace order created in the store", () -> generated.stream()
                .allMatch(order -> !storeOrders(order).isEmpty()));
        for (Order order : generated) {
            assertThat(storeOrders(order)).as("store orders of %s", order.referencia()).singleElement()
                    .satisfies(created -> {
                        Map<String, Integer> rows = new HashMap<>();
                        created.rows().forEach(row -> rows.merge(row.productId() + ":" + row.combinationId(),
                                row.quantity(), Integer::sum));
                        assertThat(rows).as("the lines of %s", order.referencia())
                                .isEqualTo(sold(List.of(order)));
                        assertThat(created.currentState()).as("paid, so its stock is out")
                                .isIn(2, 11);
                    });
        }
        sold(generated).forEach((key, units) -> assertThat(storeStock(key))
                .as("store stock of %s after %d units sold", key, units).isEqualTo(stockBefore.get(key) - units));
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theFeedServesThemWithTheRulesOfEveryFeedAndTheReadScope() throws Exception {
        SyncHarness.await(SYNC, "every marketplace order mirrored",
                () -> mirror().countLive(MarketplaceOrder.ENTITY) == 12);
        String token = api.token("bi");

        HttpResponse<String> first = api.get(token, "/sync/marketplace-orders", Map.of("limit", "7"));
        JsonNode page = ServedApi.json(first);
        HttpResponse<String> second = api.get(token, "/sync/marketplace-orders",
                Map.of("cursor", page.path("next_cursor").asText()));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(page.path("marketplace_orders")).hasSize(7);
        assertThat(page.path("has_more").asBoolean()).isTrue();
        List<String> served = new ArrayList<>();
        page.path("marketplace_orders").forEach(order -> served.add(order.path("id").asText()));
        ServedApi.json(second).path("marketplace_orders").forEach(order -> served.add(order.path("id").asText()));
        assertThat(served).containsExactlyInAnyOrderElementsOf(ids());
        assertThat(page.path("marketplace_orders").get(0).path("sync_action").asText()).isEqualTo("create");
        assertThat(page.path("marketplace_orders").get(0).has("placed_at")).isTrue();
        assertThat(api.get(null, "/sync/marketplace-orders", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void aCancellationOnTheMarketplaceComesBackAsAnUpdateAndCancelsTheStoreOrder() throws Exception {
        SyncHarness.await(SYNC, "every marketplace order mirrored",
                () -> mirror().countLive(MarketplaceOrder.ENTITY) == 12);
        JsonNode before = ServedApi.json(api.get(api.token("bi"), "/sync/marketplace-orders", Map.of()));
        Order cancelled = generated.stream().filter(order -> CANCELLED.containsKey(order.marketId())).findFirst()
                .orElseThrow(() -> new AssertionError("no order of a marketplace that has a cancelled status"));
        String word = CANCELLED.get(cancelled.marketId());

        marketSync().send("PUT", "pedidos", Map.of(), "[{\"referencia\":\"" + cancelled.referencia()
                + "\",\"estatus\":\"" + word + "\",\"comentario\":\"the buyer cancelled\"}]");

        SyncHarness.await(SYNC, "the cancellation mirrored and handed over", () -> {
            try {
                return mirrored(cancelled.id()).status().voided() && handedToTheStore();
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode after = ServedApi.json(api.get(api.token("bi"), "/sync/marketplace-orders",
                Map.of("last_sync", before.path("sync_time").asText())));
        assertThat(after.path("marketplace_orders")).singleElement().satisfies(order -> {
            assertThat(order.path("id").asLong()).isEqualTo(cancelled.id());
            assertThat(order.path("sync_action").asText()).isEqualTo("update");
            assertThat(order.path("status").path("word").asText()).isEqualTo(word);
            assertThat(order.path("status").path("stage").asText()).isEqualTo("CANCELLED");
        });
        assertThat(mirror().countLive(MarketplaceOrder.ENTITY)).as("no order twice").isEqualTo(12);

        var storeOrder = storeOrders(cancelled).get(0);
        SyncHarness.await(SYNC, "the store order cancelled",
                () -> harness.shop().data().orders.get(storeOrder.id()).currentState() == 6);
        List<Order> stillSold = generated.stream().filter(order -> order.id() != cancelled.id()).toList();
        Map<String, Integer> soldNow = sold(stillSold);
        sold(List.of(cancelled)).keySet().forEach(key -> assertThat(storeStock(key))
                .as("the cancellation gave the units of %s back", key)
                .isEqualTo(stockBefore.get(key) - soldNow.getOrDefault(key, 0)));
        assertThat(storeOrders(cancelled)).as("cancelled, not a second order").hasSize(1);
    }

    private static MarketSyncClient marketSync() {
        MarketSyncSettings settings = MarketSyncSettings.from(harness.properties());
        return new MarketSyncClient(settings, settings.signer(), new JdkHttpTransport(), JSON);
    }
}

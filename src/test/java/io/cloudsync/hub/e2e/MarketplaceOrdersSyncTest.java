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
 * default sink, and served by {@code GET /v1/sync/marketplace-orders}; a status change on the marketplace
 * (a cancellation through PUT pedidos) comes back through the look-back pass as an update.
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
     * Every order reached the store sink: each has its import entry (whatever the store made of it), except one not
     * paid yet, which the sink leaves without one until it changes.
     */
    private static boolean handedToTheStore() {
        io.cloudsync.hub.storeorders.StatusWords words = io.cloudsync.hub.storeorders.ImportSettings
                .from(harness.properties()).statusWords();
        return generated.stream().allMatch(order -> ledger().find(order.id()).isPresent()
                || words.meaning(mirroredStatus(order.id())) == io.cloudsync.hub.storeorders.StatusWords.Meaning.UNPAID);
    }

    private static String mirroredStatus(long id) {
        try {
            return mirrored(id).status().word();
        } catch (Exception e) {
            return "";
        }
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
            // the sandbox gives, per market, no address, the market's placeholder (none@claroshop.com), a relay
            // address (Amazon) or the buyer's own: the first two are none
            String given = expected.email().toLowerCase(java.util.Locale.ROOT);
            if (given.isBlank() || given.startsWith("none@")) {
                assertThat(order.email()).as("no address, or the market's placeholder").isNull();
            } else {
                assertThat(order.email()).isEqualTo(given);
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
    @org.junit.jupiter.api.Order(3)
    void aCancellationOnTheMarketplaceComesBackAsAnUpdate() throws Exception {
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
    }

    private static MarketSyncClient marketSync() {
        MarketSyncSettings settings = MarketSyncSettings.from(harness.properties());
        return new MarketSyncClient(settings, settings.signer(), new JdkHttpTransport(), JSON);
    }
}

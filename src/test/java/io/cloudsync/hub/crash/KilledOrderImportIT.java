package io.cloudsync.hub.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.db.Database;
import io.cloudsync.hub.db.DatabaseSettings;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.VariationColumns;
import io.cloudsync.hub.testing.ExpectedCatalogue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 drill of marketplace orders (issue 10, "Done when"): a burst of 500 orders taken on the six marketplaces
 * through the sandbox MarketSync, while the packaged hub imports them into the sandbox store and is killed with
 * {@code kill -9} five times at spread moments (each time restarted on the same data folder). When it is left to
 * finish, every order is in the store exactly once (its payment text names its marketplace reference; the hub's
 * import ledger points at it) and each SKU's store stock went down by exactly the units the seller ships.
 */
class KilledOrderImportIT {

    private static final int PRODUCTS = 150;
    private static final int SKUS = 40;
    private static final int ORDERS = 500;
    private static final int KILLS = 5;
    private static final int STOCK = 1_000;
    private static final long SEED = 10;

    @TempDir
    Path dir;

    private final SandboxHttp http = new SandboxHttp();
    private final List<String> timeline = new ArrayList<>();
    private final long startedAt = System.nanoTime();

    @Test
    void fiveKillsDuringABurstOf500OrdersLoseNoneAndCreateNoneTwice() throws Exception {
        int storePort = HubProcesses.freePort();
        int marketSyncPort = HubProcesses.freePort();
        String store = "http://127.0.0.1:" + storePort;
        String marketSync = "http://127.0.0.1:" + marketSyncPort;
        try (HubProcesses processes = new HubProcesses(dir)) {
            processes.start("sandbox", List.of("-Dhub.sandbox.store-port=" + storePort,
                    "-Dhub.sandbox.marketsync-port=" + marketSyncPort, "-Dhub.sandbox.products=" + PRODUCTS,
                    "-Dhub.sandbox.customers=50", "-Dhub.sandbox.orders=50", "-Dhub.sandbox.activity-per-minute=0",
                    "-Dhub.sandbox.publish-delay=1s", "-Dhub.sandbox.marketsync-rate-limit=0",
                    "-Dhub.sandbox.marketsync-orders-per-minute=0"), "sandbox");
            SandboxHttp.await(Duration.ofSeconds(60), "the sandbox",
                    () -> http.get(marketSync + "/_sandbox/stats") != null);
            Map<String, SoldVariant> sold = variationsToSell(ExpectedCatalogue.of(HubProperties.of(Map.of(
                    "hub.store.url", store, "hub.marketsync.url", marketSync))));
            StoreStock stock = new StoreStock(http, store, sold);
            stock.fill(STOCK);
            List<String> hub = List.of("-Dhub.store.url=" + store, "-Dhub.marketsync.url=" + marketSync,
                    "-Dhub.db.url=jdbc:h2:file:" + dir.resolve("data/hub"), "-Dhub.poll.products=1s",
                    "-Dhub.poll.first-delay=0", "-Dhub.retry.max-delay=2000", "-Dhub.poll.marketplace-orders=1s",
                    "-Dhub.marketsync.orders-page-size=50", "-Dhub.marketsync.orders-lookback-period=15s",
                    "-Dcamel.server.port=" + HubProcesses.freePort(),
                    "-Dcamel.management.port=" + HubProcesses.freePort());

            Process running = processes.start("hub", hub, "run");
            Set<String> parents = sold.values().stream().map(SoldVariant::parentSku).collect(Collectors.toSet());
            SandboxHttp.await(Duration.ofSeconds(180), "the products sold in MarketSync",
                    () -> heldBy(marketSync, parents));
            mark("catalogue synced (" + parents.size() + " products sold)");
            Map<String, Integer> before = stock.read();
            OrderBurst burst = OrderBurst.of(ORDERS, prices(marketSync, sold), SEED);
            CompletableFuture<List<String>> placed = CompletableFuture.supplyAsync(() -> place(marketSync, burst));

            Random moments = new Random(SEED);
            for (int kill = 1; kill <= KILLS; kill++) {
                int target = kill * ORDERS / (KILLS + 1);
                SandboxHttp.await(Duration.ofSeconds(120), "about " + target + " orders in the store before kill " + kill,
                        () -> http.storeOrders(store).size() >= target);
                Thread.sleep(moments.nextInt(400));
                running.destroyForcibly();
                assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
                int inStore = http.storeOrders(store).size();
                mark("kill -9 #" + kill + " with " + inStore + " orders in the store");
                assertThat(inStore).as("kill " + kill + " came while the hub was importing").isLessThan(ORDERS);
                running = processes.start("hub", hub, "run");
            }
            List<String> references = placed.get(60, TimeUnit.SECONDS);
            assertThat(references).hasSize(ORDERS).doesNotHaveDuplicates();
            Set<String> wanted = Set.copyOf(references);
            boolean settled = SandboxHttp.awaitQuietly(Duration.ofSeconds(180),
                    () -> referencesIn(http.storeOrders(store), wanted).size() == ORDERS);
            mark(settled ? "every order in the store" : "gave up waiting for every order");
            Process last = running;
            assertThat(last.isAlive()).as(() -> "the hub still runs after the drill: " + tail(processes)).isTrue();
            last.destroy();
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();

            List<JsonNode> storeOrders = http.storeOrders(store);
            report(burst, storeOrders.size());
            assertEveryOrderInTheStoreOnce(references, storeOrders);
            Map<String, Integer> after = stock.read();
            Map<String, Integer> sales = burst.unitsFromTheStore();
            Map<String, Integer> wentDown = new TreeMap<>();
            Map<String, Integer> expected = new TreeMap<>();
            for (String sku : sold.keySet()) {
                wentDown.put(sku, before.get(sku) - after.get(sku));
                expected.put(sku, sales.getOrDefault(sku, 0));
            }
            assertThat(wentDown).as("store stock went down by the units sold, per SKU").isEqualTo(expected);
        }
    }

    /** By the reference in the payment text, and by the import ledger (which must point at the same orders). */
    private void assertEveryOrderInTheStoreOnce(List<String> references, List<JsonNode> storeOrders) throws Exception {
        Map<String, List<Long>> byReference = referencesIn(storeOrders, Set.copyOf(references));
        Map<String, List<Long>> twice = byReference.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> missing = references.stream().filter(r -> !byReference.containsKey(r)).toList();
        assertThat(missing).as("orders missing from the store; open dead letters: " + openDeadLetters()).isEmpty();
        assertThat(twice).as("orders created twice in the store").isEmpty();
        assertThat(storeOrders).as("every store order the hub made is one of the burst").hasSize(ORDERS);
        assertThat(storeOrders).as("orders the store took as paid (not 8 Payment error)")
                .allMatch(order -> order.path("current_state").asInt() != 8);
        Map<Long, String> ledger = orderedInLedger();
        assertThat(ledger.values()).as("the import ledger: each order once, ordered")
                .containsExactlyInAnyOrderElementsOf(references);
        assertThat(ledger.keySet()).as("the ledger points at the store orders")
                .containsExactlyInAnyOrderElementsOf(storeOrders.stream().map(o -> o.path("id").asLong()).toList());
    }

    private static String tail(HubProcesses processes) {
        try {
            String log = processes.logText("hub");
            return log.substring(Math.max(0, log.length() - 6000));
        } catch (java.io.IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** {@value #SKUS} variations of valid products (a seeded choice), by seller SKU. */
    private static Map<String, SoldVariant> variationsToSell(ExpectedCatalogue catalogue) {
        List<SoldVariant> all = new ArrayList<>();
        for (MappedProduct product : catalogue.products().values()) {
            for (VariationColumns variation : product.variations()) {
                all.add(new SoldVariant(variation.sku(), product.sku(), product.storeProductId(),
                        variation.combinationId()));
            }
        }
        Collections.shuffle(all, new Random(SEED));
        Map<String, SoldVariant> chosen = new LinkedHashMap<>();
        all.stream().limit(SKUS).forEach(variant -> chosen.put(variant.sku(), variant));
        return chosen;
    }

    private boolean heldBy(String marketSync, Set<String> skus) throws Exception {
        for (String sku : skus) {
            if (http.status(marketSync + "/_sandbox/state/products/" + sku) != 200) {
                return false;
            }
        }
        return true;
    }

    /** Each SKU's price on each market: the listing's {@code oferta} MarketSync holds. */
    private Map<String, Map<Integer, Double>> prices(String marketSync, Map<String, SoldVariant> sold)
            throws Exception {
        Map<String, Map<Integer, Double>> prices = new LinkedHashMap<>();
        for (String sku : sold.keySet()) {
            JsonNode product = http.get(marketSync + "/_sandbox/state/products/" + sold.get(sku).parentSku());
            Map<Integer, Double> perMarket = new HashMap<>();
            product.path("markets").forEach(m -> perMarket.put(m.path("marketId").asInt(), m.path("oferta").asDouble()));
            prices.put(sku, perMarket);
        }
        return prices;
    }

    /** Places every order of the burst (and accepts the Walmart ones); the references MarketSync gave them. */
    private List<String> place(String marketSync, OrderBurst burst) {
        List<String> references = new ArrayList<>();
        try {
            for (OrderBurst.Sale sale : burst.sales()) {
                JsonNode order = http.send("POST", marketSync + "/_sandbox/marketplace/orders", sale.body());
                String reference = order.path("referencia").asText();
                if (sale.marketId() == OrderBurst.WALMART) {
                    http.send("PUT", marketSync + "/_sandbox/marketplace/orders/"
                            + SandboxHttp.encode(reference).replace("+", "%20"),
                            Map.of("estatus", OrderBurst.ACCEPTED, "comentario", "accepted by the seller"));
                }
                references.add(reference);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the burst stopped after " + references.size() + " orders", e);
        }
        mark("burst of " + references.size() + " orders placed");
        return references;
    }

    /** Store order ids by the burst reference their payment text names. */
    private static Map<String, List<Long>> referencesIn(List<JsonNode> storeOrders, Set<String> wanted) {
        Map<String, List<Long>> found = new HashMap<>();
        for (JsonNode order : storeOrders) {
            for (String word : order.path("payment").asText().split("\\s+")) {
                if (wanted.contains(word)) {
                    found.computeIfAbsent(word, k -> new ArrayList<>()).add(order.path("id").asLong());
                }
            }
        }
        return found;
    }

    /** The hub's state database, opened as its CLI does (the generated password kept beside it). */
    private Connection database() throws Exception {
        DatabaseSettings settings = Database.secured(
                new DatabaseSettings("jdbc:h2:file:" + dir.resolve("data/hub"), "sa", "", 1));
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    /** The ledger's ordered imports: store order id → marketplace reference. */
    private Map<Long, String> orderedInLedger() throws Exception {
        Map<Long, String> ordered = new HashMap<>();
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id_order, referencia FROM store_order_import WHERE state = 'ordered'")) {
            while (rows.next()) {
                ordered.put(rows.getLong(1), rows.getString(2));
            }
        }
        return ordered;
    }

    private String openDeadLetters() throws Exception {
        List<String> letters = new ArrayList<>();
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT message_key, error_message FROM dead_letter"
                     + " WHERE sink = 'store-orders' AND status = 'pending'")) {
            while (rows.next()) {
                letters.add(rows.getString(1) + ": " + rows.getString(2));
            }
        }
        return letters.toString();
    }

    private void mark(String what) {
        String line = String.format("%6.1f s  %s", (System.nanoTime() - startedAt) / 1e9, what);
        synchronized (timeline) {
            timeline.add(line);
        }
        System.out.println("[kill-drill] " + line);
    }

    private void report(OrderBurst burst, int storeOrders) {
        long multiLine = burst.count(sale -> sale.lines().size() > 1);
        long fulfillment = burst.count(sale -> sale.lines().stream().anyMatch(OrderBurst.Line::fulfillment));
        Map<Integer, Long> markets = burst.sales().stream()
                .collect(Collectors.groupingBy(OrderBurst.Sale::marketId, TreeMap::new, Collectors.counting()));
        System.out.println("[kill-drill] " + ORDERS + " orders (markets " + markets + ", " + multiLine
                + " multi-line, " + fulfillment + " with a fulfillment line), " + KILLS + " kills, " + storeOrders
                + " store orders\n[kill-drill] " + String.join("\n[kill-drill] ", timeline));
    }
}

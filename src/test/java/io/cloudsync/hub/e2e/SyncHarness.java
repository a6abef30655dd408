package io.cloudsync.hub.e2e;

import io.cloudsync.hub.app.HubRuntime;
import io.cloudsync.hub.config.HubProperties;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.sandbox.Sandbox;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncSandboxSettings;
import io.cloudsync.hub.sandbox.marketsync.MarketSyncState;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.testing.ExpectedCatalogue;
import io.cloudsync.hub.testing.TestHubKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

/**
 * The hub and both simulators in one JVM, over real HTTP on loopback, with a real H2 file database: what the
 * end-to-end tests drive. Polls are fast (1 s) so changes show within seconds.
 */
public final class SyncHarness implements AutoCloseable {

    static final String MAPPING = ExpectedCatalogue.MAPPING;

    private final Sandbox sandbox;
    private final HubProperties properties;
    private HubRuntime hub;

    private SyncHarness(Sandbox sandbox, HubProperties properties) {
        this.sandbox = sandbox;
        this.properties = properties;
    }

    /** The sandbox (no activity, no automatic publication, no rate limit) and the hub started on it. */
    public static SyncHarness start(Path dir, int products, Map<String, String> hubKeys) throws IOException {
        return start(dir, StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0).withProducts(products)
                        .withActivityPerMinute(0).withCustomersAndOrders(10, 10),
                MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0), hubKeys);
    }

    /** The sandbox of {@link #start(Path, int, Map)} with the hub configured but not started (see startHub). */
    public static SyncHarness prepare(Path dir, int products, Map<String, String> hubKeys) throws IOException {
        return prepare(dir, StoreSandboxSettings.from(HubProperties.of(Map.of())).withPort(0).withProducts(products)
                        .withActivityPerMinute(0).withCustomersAndOrders(10, 10),
                MarketSyncSandboxSettings.of(0, 42, Duration.ofHours(1), 0, 0), Instant.now(), hubKeys);
    }

    public static SyncHarness start(Path dir, StoreSandboxSettings store, MarketSyncSandboxSettings marketSync,
                             Map<String, String> hubKeys) throws IOException {
        return start(dir, store, marketSync, Instant.now(), hubKeys);
    }

    public static SyncHarness start(Path dir, StoreSandboxSettings store, MarketSyncSandboxSettings marketSync,
                             Instant shopNow, Map<String, String> hubKeys) throws IOException {
        SyncHarness harness = prepare(dir, store, marketSync, shopNow, hubKeys);
        try {
            harness.startHub();
        } catch (Exception e) {
            harness.close();
            throw new IllegalStateException("the hub did not start", e);
        }
        return harness;
    }

    /** The sandbox started and the hub configured but not started: the test shapes the shop, then calls startHub. */
    public static SyncHarness prepare(Path dir, StoreSandboxSettings store, MarketSyncSandboxSettings marketSync,
                               Instant shopNow, Map<String, String> hubKeys) throws IOException {
        Sandbox sandbox = Sandbox.start(store, marketSync, shopNow);
        Map<String, String> keys = TestHubKeys.localHub(dir);
        keys.put("hub.store.url", sandbox.store().url());
        keys.put("hub.marketsync.url", sandbox.marketSync().url());
        keys.put("hub.poll.products", "1s");
        keys.put("hub.poll.stock", "1s");
        keys.put("hub.poll.orders", "1s");
        keys.put("hub.poll.customers", "1s");
        keys.put("hub.poll.reconcile", "1h");
        keys.put("hub.poll.first-delay", "100ms");
        keys.put("hub.retry.initial-delay", "100");
        keys.put("hub.retry.max-delay", "2000");
        keys.put("hub.progress.period", "1h");
        keys.put("hub.dlq.replay-period", "500ms");
        keys.put("hub.marketsync.mapping-file", MAPPING);
        // change sets of more than a few products (store pages, stock cut-off moves) go to MarketSync in slices
        keys.put("hub.marketsync.plan-size", "7");
        keys.putAll(hubKeys);
        return new SyncHarness(sandbox, HubProperties.of(keys));
    }

    public void startHub() throws Exception {
        hub = new HubRuntime(properties);
        hub.start();
    }

    public void stopHub() {
        hub.close();
        hub = null;
    }

    public HubRuntime hub() {
        return hub;
    }

    /** One of the running hub's beans as Camel's registry holds it ({@code syncFeed}, {@code salesReport}…). */
    public <T> T bean(String name, Class<T> type) {
        T bean = hub.main().getCamelContext().getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalArgumentException("no bean '" + name + "' of type " + type.getSimpleName());
        }
        return bean;
    }

    public HubProperties properties() {
        return properties;
    }

    public SandboxShop shop() {
        return sandbox.store().shop();
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public MarketSyncState marketSync() {
        return sandbox.marketSync().state();
    }

    public List<LoggedRequest> requestsSince(long seq) {
        return sandbox.marketSync().requests().since(seq);
    }

    public long lastRequest() {
        return sandbox.marketSync().requests().lastSequence();
    }

    public static void await(Duration atMost, String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }

    /** The store's catalogue as MarketSync should hold it (see {@link ExpectedCatalogue}). */
    public Map<String, MappedProduct> expectedCatalogue() {
        return ExpectedCatalogue.of(properties).products();
    }

    /**
     * References two or more store products share. The first of them to reach MarketSync keeps the SKU and the
     * others are dead letters, so which one MarketSync has depends on the order of the pages read.
     */
    public java.util.Set<String> sharedReferences() {
        Map<String, Integer> count = new HashMap<>();
        shop().data().products.all().forEach(p -> count.merge(p.reference(), 1, Integer::sum));
        return count.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The SKUs MarketSync holds, without the shared references (see {@link #sharedReferences()}). */
    public List<String> marketSyncSkus() {
        java.util.Set<String> shared = sharedReferences();
        return marketSync().products().stream().map(io.cloudsync.hub.sandbox.marketsync.model.Product::sku)
                .filter(sku -> !shared.contains(sku)).toList();
    }

    @Override
    public void close() {
        try {
            if (hub != null) {
                hub.close();
            }
        } finally {
            sandbox.close();
        }
    }

    static int freePort() throws IOException {
        return io.cloudsync.hub.testing.TestPorts.free();
    }
}

package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.http.HttpTransport;
import io.cloudsync.hub.ingest.IngestSettings;
import io.cloudsync.hub.ingest.ProductIngest;
import io.cloudsync.hub.ingest.ProductPages;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.marketsync.stock.ImportedSale;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports;
import io.cloudsync.hub.mirror.MirrorRecord;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.sandbox.store.ShopClock;
import io.cloudsync.hub.sandbox.store.StoreSandboxSettings;
import io.cloudsync.hub.sandbox.store.StoreSimulator;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.store.ImageUrls;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreProductReader;
import io.cloudsync.hub.store.StoreSettings;
import io.cloudsync.hub.testing.JdkHttpTransport;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marketplace orders into the sandbox store: created once through the Webservice (customer, address, cart, order),
 * never twice whatever write a crash interrupts, dead-lettered with their reasons when the catalogue or the store
 * refuses them, and cancelled once.
 */
class StoreOrderImportTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper();
    private static final String ENTITY = "marketplace-orders";
    /** fecha_orden 2026-12-01 10:00:00 in Mexico City (UTC-6). */
    private static final Instant REGISTERED = Instant.parse("2026-12-01T16:00:00Z");

    private final Vertx vertx = Vertx.vertx();
    private final StoreSimulator store = StoreSimulator.start(vertx, new StoreSandboxSettings(0,
            StoreSandboxSettings.SANDBOX_KEY, 20, 42, "America/Mexico_City", List.of("es"), 5, 5, 10, 0),
            new ShopClock(Clock.systemUTC(), Instant.parse("2026-12-01T16:00:00Z"), true));
    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final ExecutorService reads = Executors.newFixedThreadPool(2);
    private final StoreClient client = client(new JdkHttpTransport());
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final DeadLetterRepository deadLetters = new DeadLetterRepository(db.dataSource(),
            SecretRedactor.forConfiguration(Map.of()));
    private final ImportLedger ledger = new ImportLedger(db.dataSource());
    private final List<String> skus = new ArrayList<>();
    private final List<Integer> skuProducts = new ArrayList<>();
    private final List<Integer> skuCombinations = new ArrayList<>();
    private final MarketplaceOrderImports imports = new MarketplaceOrderImports(db.dataSource(), Clock.systemUTC());

    @BeforeEach
    void mirrorTheCatalogue() throws Exception {
        StoreProductReader reader = new StoreProductReader(client, reads);
        ProductPages pages = new ProductPages(reader, mirror, new StockSnapshotRepository(db.dataSource()),
                new ImageUrls(store.url(), "large_default", true), "es", JSON);
        ProductIngest ingest = new ProductIngest(client, reader, pages, new ChangeOutbox(db.dataSource()),
                new CheckpointRepository(db.dataSource(), SecretRedactor.forConfiguration(Map.of())),
                new IngestSettings(100, 1000, Duration.ofMinutes(5), "es"));
        store.shop().advanceClock(Duration.ofSeconds(2));
        var run = ingest.start();
        while (run.hasMore()) {
            ingest.delivered(run, ingest.next(run));
        }
        ingest.finish(run);
        for (MirrorRecord record : mirror.find("products", mirror.liveStoreIds("products")).values()) {
            Product product = JSON.readValue(record.payload(), Product.class);
            product.variations().stream().filter(v -> v.combinationId() != 0 && !v.reference().isEmpty()).findFirst()
                    .ifPresent(v -> remember(v.reference(), product, (int) v.combinationId()));
            if (!product.hasCombinations() && !product.reference().isEmpty()) {
                remember(product.reference(), product, 0);
            }
        }
        assertThat(skus).as("SKUs of the sandbox catalogue").hasSizeGreaterThanOrEqualTo(3);
    }

    private void remember(String sku, Product product, int combinationId) {
        skus.add(sku);
        skuProducts.add((int) product.id());
        skuCombinations.add(combinationId);
    }

    private int storeStock(int skuIndex) {
        return store.shop().data().stockOf(skuProducts.get(skuIndex), skuCombinations.get(skuIndex)).quantity();
    }

    /** The stock cut-off's lines of these SKUs (cancelled ones are left out). */
    private List<ImportedSale> cutoffLines(String... lineSkus) {
        return imports.registeredAfter(Instant.EPOCH, List.of(lineSkus));
    }

    @AfterEach
    void stop() throws InterruptedException {
        reads.shutdownNow();
        reads.awaitTermination(5, TimeUnit.SECONDS);
        store.close();
        vertx.close();
        db.close();
    }

    @Test
    void aSaleBecomesOneStoreOrderWithItsCustomerAddressAndCart() {
        mirrorOrder(1001, "2000001", "paid", skus.get(0), skus.get(1));
        int stockBefore = storeStock(0);

        String summary = sink(client).deliver(new ChangeSet(1, ENTITY, List.of("1001")));

        assertThat(summary).contains("CREATED=1");
        ImportEntry entry = ledger.find(1001).orElseThrow();
        assertThat(entry.state()).isEqualTo(ImportState.ORDERED);
        Order order = store.shop().data().orders.get(entry.orderId());
        assertThat(order.module()).isEqualTo("marketsync");
        assertThat(order.payment()).isEqualTo("Mercado Libre 2000001 (MarketSync)");
        assertThat(order.cartId()).isEqualTo(entry.cartId());
        assertThat(order.rows()).extracting(row -> row.productId())
                .containsExactlyInAnyOrder(skuProducts.get(0), skuProducts.get(1));
        var customer = store.shop().data().customers.get(order.customerId());
        assertThat(customer.email()).isEqualTo("marketplace-mercado-libre-2000001@marketplace.invalid");
        var address = store.shop().data().addresses.get(order.addressDeliveryId());
        assertThat(address.alias()).isEqualTo("MS 2000001");
        assertThat(address.postcode()).isEqualTo("03940");
        assertThat(order.currentState()).as("the marketplace's price is not the shop's: moved from Payment error to"
                + " the paid state").isEqualTo(2);
        assertThat(storeStock(0)).as("the store took the 2 units out").isEqualTo(stockBefore - 2);
        assertThat(cutoffLines(skus.get(0), skus.get(1))).as("seen, and imported once the store held them")
                .extracting(ImportedSale::sku, ImportedSale::units, ImportedSale::registeredAt, ImportedSale::imported)
                .containsExactlyInAnyOrder(tuple(skus.get(0), 2, REGISTERED, true),
                        tuple(skus.get(1), 1, REGISTERED, true));

        int orders = store.shop().data().orders.size();
        assertThat(sink(client).deliver(new ChangeSet(2, ENTITY, List.of("1001")))).contains("UNCHANGED=1");
        assertThat(store.shop().data().orders.size()).isEqualTo(orders);
    }

    @Test
    void aCrashAfterAnyWriteResumesWithoutASecondOrder() {
        // writes: customer, address, cart, order, and the order's move out of Payment error
        ImportState[] stateAfterCrash = {ImportState.PLANNED, ImportState.PLANNED, ImportState.PLANNED,
                ImportState.CART_CREATED, ImportState.ORDERED};
        for (int write = 1; write <= 5; write++) {
            long id = 2000 + write;
            String referencia = "300000" + write;
            mirrorOrder(id, referencia, "paid", skus.get(write % skus.size()));
            int ordersBefore = store.shop().data().orders.size();

            CrashingTransport crashing = new CrashingTransport(write);
            assertThatThrownBy(() -> sink(client(crashing)).deliver(new ChangeSet(0, ENTITY, List.of(Long.toString(id)))))
                    .as("crash after write %d", write).isInstanceOf(Crash.class);
            assertThat(ledger.find(id).orElseThrow().state()).as("after a crash at write %d", write)
                    .isEqualTo(stateAfterCrash[write - 1]);

            assertThat(sink(client).deliver(new ChangeSet(0, ENTITY, List.of(Long.toString(id)))))
                    .contains(write < 5 ? "CREATED=1" : "UNCHANGED=1");
            assertThat(sink(client).deliver(new ChangeSet(0, ENTITY, List.of(Long.toString(id)))))
                    .contains("UNCHANGED=1");

            String payment = "Mercado Libre " + referencia + " (MarketSync)";
            assertThat(store.shop().data().orders.all().stream().filter(o -> o.payment().equals(payment)))
                    .as("store orders of marketplace order %s after a crash at write %d", referencia, write).hasSize(1);
            assertThat(store.shop().data().orders.size()).isEqualTo(ordersBefore + 1);
            String email = "marketplace-mercado-libre-" + referencia + "@marketplace.invalid";
            assertThat(store.shop().data().customers.all().stream().filter(c -> c.email().equals(email))).hasSize(1);
            assertThat(store.shop().data().addresses.all().stream().filter(a -> a.alias().equals("MS " + referencia)))
                    .hasSize(1);
            assertThat(ledger.find(id).orElseThrow().state()).isEqualTo(ImportState.ORDERED);
            long orderId = ledger.find(id).orElseThrow().orderId();
            assertThat(store.shop().data().orders.get(orderId).currentState()).as("paid after a crash at write %d",
                    write).isEqualTo(2);
            assertThat(store.shop().data().orderHistories.all().stream()
                    .filter(h -> h.orderId() == orderId && h.orderStateId() == 2)).as("moved to paid once").hasSize(1);
            assertThat(cutoffLines(skus.get(write % skus.size()))).as("imported once the stock is out").isNotEmpty()
                    .allSatisfy(line -> assertThat(line.imported()).isTrue());
        }
    }

    @Test
    void anUnknownSkuIsADeadLetterWithItsReasonTheOtherOrdersGoOnAndAReplayAfterTheFixCreatesIt() throws Exception {
        mirrorOrder(3001, "2000031", "paid", skus.get(0));
        mirrorOrder(3002, "2000032", "paid", "NO-SUCH-SKU-1", skus.get(1));
        mirrorOrder(3003, "2000033", "paid", skus.get(2));
        MarketplaceOrderSink sink = sink(client);

        String summary = sink.deliver(new ChangeSet(5, ENTITY, List.of("3001", "3002", "3003")));

        assertThat(summary).contains("CREATED=2", "DEAD=1");
        assertThat(ledger.find(3002).orElseThrow().state()).isEqualTo(ImportState.DEAD);
        assertThat(cutoffLines("NO-SUCH-SKU-1")).as("sold on MarketSync, not in the store: it holds the cut-off back")
                .singleElement().satisfies(line -> assertThat(line.imported()).isFalse());
        DeadLetter letter = onlyLetter();
        assertThat(letter.sink()).isEqualTo("store-orders");
        assertThat(letter.messageKey()).isEqualTo("marketplace-order 3002");
        assertThat(letter.endpointUri()).isEqualTo(MarketplaceOrderSink.REPLAY_URI);
        assertThat(letter.errorMessage()).contains("SKU NO-SUCH-SKU-1 is not a product or combination of the store");
        assertThat(store.shop().data().orders.all().stream().filter(o -> o.payment().contains("2000032"))).isEmpty();

        mirrorOrder(3002, "2000032", "paid", skus.get(3 % skus.size()), skus.get(1));
        ChangeSet replayed = sink.changeSet(letter.body());
        assertThat(replayed.storeIds()).containsExactly("3002");
        assertThat(sink.deliver(replayed)).contains("CREATED=1");

        assertThat(ledger.find(3002).orElseThrow().state()).isEqualTo(ImportState.ORDERED);
        assertThat(deadLetters.find(letter.id()).orElseThrow().status()).isEqualTo(DeadLetterStatus.RESOLVED);
    }

    @Test
    void anOrderTheStoreRefusesIsADeadLetterWithTheStoresReason() {
        mirrorOrder(4001, "2000041", "paid", skus.get(0));
        store.shop().deleteProduct(skuProducts.get(0));

        assertThat(sink(client).deliver(new ChangeSet(6, ENTITY, List.of("4001")))).contains("DEAD=1");

        assertThat(ledger.find(4001).orElseThrow().state()).isEqualTo(ImportState.DEAD);
        assertThat(onlyLetter().errorMessage()).as("PrestaShop's bare HTTP 500: retrying never helps")
                .contains("the store refused it", "Order creation failed");
    }

    @Test
    void aCancelledSaleCancelsItsStoreOrderOnceAndOneCancelledBeforeImportIsNeverCreated() {
        int stockBefore = storeStock(0);
        mirrorOrder(5001, "2000051", "paid", skus.get(0));
        sink(client).deliver(new ChangeSet(7, ENTITY, List.of("5001")));
        long orderId = ledger.find(5001).orElseThrow().orderId();
        mirrorOrder(5001, "2000051", "cancelled", skus.get(0));
        mirrorOrder(5002, "2000052", "CANCELED", skus.get(1));
        int orders = store.shop().data().orders.size();

        String summary = sink(client).deliver(new ChangeSet(8, ENTITY, List.of("5001", "5002")));
        sink(client).deliver(new ChangeSet(9, ENTITY, List.of("5001", "5002")));

        assertThat(summary).contains("CANCELLED=2");
        assertThat(store.shop().data().orders.get(orderId).currentState()).isEqualTo(6);
        assertThat(store.shop().data().orderHistories.all().stream()
                .filter(h -> h.orderId() == orderId && h.orderStateId() == 6)).hasSize(1);
        assertThat(store.shop().data().orders.size()).isEqualTo(orders);
        assertThat(ledger.find(5001).orElseThrow().state()).isEqualTo(ImportState.CANCELLED);
        assertThat(ledger.find(5002).orElseThrow().state()).isEqualTo(ImportState.CANCELLED);
        assertThat(cutoffLines(skus.get(0), skus.get(1))).as("cancelled lines no longer count").isEmpty();
        assertThat(storeStock(0)).as("the cancellation gave the units back").isEqualTo(stockBefore);
    }

    private DeadLetter onlyLetter() {
        var letters = deadLetters.list(io.cloudsync.hub.deadletter.DeadLetterQuery.any());
        assertThat(letters).hasSize(1);
        return deadLetters.find(letters.get(0).id()).orElseThrow();
    }

    private MarketplaceOrderSink sink(StoreClient store) {
        ImportSettings settings = Orders.SETTINGS;
        StoreOrderWriter writer = new StoreOrderWriter(store, ledger, settings, new StoreDirectoryReader(store, settings),
                new MirrorCatalogue(mirror, db.dataSource(), JSON), new StockCutoffRecords(imports));
        return new MarketplaceOrderSink(mirror, writer, deadLetters, JSON);
    }

    private StoreClient client(HttpTransport transport) {
        return new StoreClient(new StoreSettings(store.url(), StoreSandboxSettings.SANDBOX_KEY, "", "es"), transport,
                JSON);
    }

    /** A MarketSync order as the poller mirrors it: two units of the first SKU, one of each other. */
    private void mirrorOrder(long id, String referencia, String status, String... lineSkus) {
        ObjectNode order = JSON.createObjectNode().put("id", Long.toString(id)).put("market_id", "4")
                .put("market", "Mercado Libre").put("referencia", referencia).put("fecha_autoriza", "2026-12-01 10:00:00")
                .put("email", "").put("entregara", "María López").put("telefono", "5512345678")
                .put("direccion", "Av. Insurgentes Sur 1602").put("entrecalles", "").put("colonia", "Crédito Constructor")
                .put("ciudad", "Benito Juárez").put("estado", "CDMX").put("cp", "03940").put("envio", "99.00")
                .put("subtotal", "300.00").put("total", "399.00").put("estatus", status)
                .put("fecha_pedido", "2026-12-01 09:58:00").put("fecha_orden", "2026-12-01 10:00:00");
        ArrayNode items = order.putArray("items");
        for (int i = 0; i < lineSkus.length; i++) {
            items.addObject().put("id", Long.toString(id * 10 + i)).put("sku", lineSkus[i]).put("cantidad", i == 0 ? "2" : "1").put("precio", "100.00")
                    .put("fulfillment", "0");
        }
        mirror.upsertPage(ENTITY, List.of(MirrorUpsert.of(Long.toString(id), referencia, order.toString())));
    }

    /** Stands for the hub dying right after its n-th write reached the store, before it could note the answer. */
    private static final class CrashingTransport implements HttpTransport {
        private final JdkHttpTransport http = new JdkHttpTransport();
        private final AtomicInteger writes = new AtomicInteger();
        private final int crashAfter;

        CrashingTransport(int crashAfter) {
            this.crashAfter = crashAfter;
        }

        @Override
        public HttpResult execute(HttpCall call) {
            HttpResult result = http.execute(call);
            if (!call.method().equals("GET") && writes.incrementAndGet() == crashAfter) {
                throw new Crash();
            }
            return result;
        }
    }

    private static final class Crash extends RuntimeException {
        Crash() {
            super("kill -9");
        }
    }
}

package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.mapping.OrderStatusChange;
import io.cloudsync.hub.marketsync.mapping.OrderStatusWords;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.testing.JdkHttpTransport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Status round trip on the sandbox: a marketplace order the hub imported into the store is shipped in the store,
 * and MarketSync gets the marketplace's own status word for it, once. The import itself (issue 10 item 2) is
 * stood in for: the test places the store order and writes its row of the import ledger.
 */
class OrderStatusRoundTripTest {

    private static final Duration SYNC = Duration.ofSeconds(90);
    private static final int AMAZON = 6;
    private static final int SHIPPED_STATE = 4;

    @TempDir
    static Path dir;
    private static SyncHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = SyncHarness.start(dir, 8, Map.of("hub.poll.marketplace-guides", "1h"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void shippingAnImportedOrderInTheStoreTellsItsMarketplaceItsOwnWordOnce() throws Exception {
        Order sale = aSaleOnAmazon();
        int storeOrder = harness.shop().createRandomOrder().id();
        harness.shop().changeOrderState(storeOrder, 2, 1);
        SyncHarness.await(SYNC, "the store order mirrored as paid", () -> mirror().find("orders",
                Integer.toString(storeOrder)).filter(r -> r.payload().contains("\"id\":2,")).isPresent());
        imported(sale, storeOrder);
        long before = harness.lastRequest();

        harness.shop().changeOrderState(storeOrder, SHIPPED_STATE, 1);

        String word = OrderStatusWords.defaults().word(AMAZON, OrderStatusChange.SHIPPED).orElseThrow();
        SyncHarness.await(SYNC, "MarketSync shows the order " + word, () ->
                word.equals(harness.marketSync().order(sale.referencia()).orElseThrow().estatus()));
        // a later change of the same order (delivered: Amazon has no word for it) goes through the sink again
        harness.shop().changeOrderState(storeOrder, 5, 1);
        SyncHarness.await(SYNC, "the delivered order mirrored", () -> mirror().find("orders",
                Integer.toString(storeOrder)).filter(r -> r.payload().contains("\"id\":5,")).isPresent());
        SyncHarness.await(SYNC, "the delivered change dealt with", () -> dealtWith(sale.id(), "delivered"));

        List<LoggedRequest> statusCalls = harness.requestsSince(before).stream()
                .filter(r -> r.verb().equals("PUT") && r.controller().equals("pedidos")).toList();
        assertThat(statusCalls).as("one PUT pedidos").singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(200));
        assertThat(harness.marketSync().order(sale.referencia()).orElseThrow().comentario())
                .startsWith("Enviado (pedido ");
    }

    /** An order on Amazon: one product the hub synced, priced and published there, then sold. */
    private static Order aSaleOnAmazon() {
        SyncHarness.await(SYNC, "products in MarketSync with stock", () -> harness.marketSync().products().stream()
                .anyMatch(p -> p.variations().stream().anyMatch(v -> v.stock() > 0)));
        MarketSyncClient client = new MarketSyncClient(MarketSyncSettings.from(harness.properties()),
                MarketSyncSettings.from(harness.properties()).signer(), new JdkHttpTransport(), CanonicalJson.mapper());
        for (Product product : harness.marketSync().products()) {
            client.send("PUT", "precios", Map.of(), "[{\"product_id\":" + product.id() + ",\"market_id\":" + AMAZON
                    + ",\"precio\":399,\"oferta\":349}]");
            client.send("PUT", "productos/publicar", Map.of(), "[{\"product_id\":" + product.id() + ",\"market_id\":"
                    + AMAZON + "}]");
        }
        List<Order> sales = harness.marketSync().generateOrders(1);
        assertThat(sales).as("a sale on a published product").singleElement()
                .satisfies(sale -> assertThat(sale.marketId()).isEqualTo(AMAZON));
        return sales.get(0);
    }

    /** The import ledger's row, as the marketplace-order import writes it once the store order exists. */
    private static void imported(Order sale, int storeOrder) throws Exception {
        DataSource dataSource = harness.bean("dataSource", DataSource.class);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_order_import (marketsync_order_id, market_id, referencia, state, id_cart, id_order,"
                        + " registered_at, updated_at) VALUES (?, ?, ?, 'ordered', 0, ?, CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)")) {
            insert.setLong(1, sale.id());
            insert.setLong(2, sale.marketId());
            insert.setString(3, sale.referencia());
            insert.setLong(4, storeOrder);
            insert.executeUpdate();
        }
    }

    private static boolean dealtWith(long marketSyncOrderId, String change) {
        DataSource dataSource = harness.bean("dataSource", DataSource.class);
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM marketplace_status_sent WHERE marketsync_order_id = ? AND status = ?"
                        + " AND sent_at IS NOT NULL")) {
            select.setLong(1, marketSyncOrderId);
            select.setString(2, change);
            return select.executeQuery().next();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MirrorRepository mirror() {
        return harness.bean("mirrorRepository", MirrorRepository.class);
    }
}

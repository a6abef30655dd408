package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Marketplace orders for published products, listed through pedidos with its filters. */
class OrdersTest {

    private Sandbox sandbox;

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    /** Two products with stock, priced and published on Mercado and Amazon. */
    private static void sellTwoProducts(Sandbox sandbox) {
        for (String sku : List.of("PLAYERA-001", "PLAYERA-002")) {
            long id = sandbox.createProductWithVariation(sku, sku + "-M");
            for (int market : new int[] {Items.MERCADO, Items.AMAZON}) {
                sandbox.send("PUT", "precios", Items.array(Items.NODES.objectNode().put("product_id", id)
                        .put("market_id", market).put("precio", 399).put("oferta", 349)));
                sandbox.send("PUT", "productos/publicar", Items.array(Items.NODES.objectNode().put("product_id", id)
                        .put("market_id", market)));
            }
        }
    }

    @Test
    void noOrderArrivesBeforeAnythingIsPublished() {
        sandbox = Sandbox.quiet();
        sandbox.createProductWithVariation("PLAYERA-001", "PLAYERA-001-M");

        assertThat(sandbox.state().generateOrders(3)).isEmpty();
    }

    @Test
    void ordersAreForPublishedProductsAtTheirSalePriceAndDeductedFromTheTheoreticalStock() {
        sandbox = Sandbox.quiet();
        sellTwoProducts(sandbox);

        List<Order> orders = sandbox.state().generateOrders(5);

        assertThat(orders).hasSize(5).allSatisfy(order -> {
            assertThat(order.marketId()).isIn(Items.MERCADO, Items.AMAZON);
            assertThat(order.estatus()).isEqualTo(order.marketId() == Items.MERCADO ? "paid" : "Unshipped");
            assertThat(order.shipping().entregara()).isNotBlank();
            assertThat(order.shipping().cp()).matches("\\d{5}");
            OrderLine line = order.items().get(0);
            assertThat(line.sku()).isIn("PLAYERA-001-M", "PLAYERA-002-M");
            assertThat(line.cantidad()).isBetween(1, 2);
            assertThat(line.precio()).isEqualTo(3_490_000L);
        });
        int sold = orders.stream().mapToInt(o -> o.items().get(0).cantidad()).sum();
        int teorico = sandbox.state().products().stream().flatMap(p -> p.variations().stream())
                .mapToInt(sandbox.state()::teorico).sum();
        assertThat(teorico).isEqualTo(20 - sold);
    }

    @Test
    void theSameSeedAndCatalogueGiveTheSameOrders() throws Exception {
        sandbox = Sandbox.quiet();
        sellTwoProducts(sandbox);
        try (Sandbox twin = Sandbox.quiet()) {
            sellTwoProducts(twin);

            List<String> mine = sandbox.state().generateOrders(4).stream()
                    .map(o -> o.referencia() + " " + o.shipping().entregara() + " " + o.items().get(0).sku()).toList();
            List<String> theirs = twin.state().generateOrders(4).stream()
                    .map(o -> o.referencia() + " " + o.shipping().entregara() + " " + o.items().get(0).sku()).toList();

            assertThat(theirs).isEqualTo(mine);
        }
    }

    @Test
    void ordersArriveByThemselvesAtTheConfiguredRate() {
        sandbox = Sandbox.with(Duration.ofHours(1), 0, 600);
        sellTwoProducts(sandbox);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sandbox.get("pedidos")).isNotEmpty());
    }

    @Test
    void pedidosListsOrdersWithItsFilters() {
        sandbox = Sandbox.quiet();
        sellTwoProducts(sandbox);
        List<Order> orders = sandbox.state().generateOrders(6);
        long first = orders.get(0).id();
        long mercado = orders.stream().filter(o -> o.marketId() == Items.MERCADO).count();

        JsonNode all = sandbox.get("pedidos");
        assertThat(all).hasSize(6);
        JsonNode order = all.get(0);
        assertThat(order.path("id").asText()).isEqualTo(Long.toString(first));
        assertThat(order.path("total").asText()).matches("\\d+\\.\\d{2}");
        assertThat(order.path("items").get(0).path("cantidad").asText()).matches("[12]");
        assertThat(order.path("fecha_pedido").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        assertThat(sandbox.get("pedidos", Map.of("markets", Integer.toString(Items.MERCADO)))).hasSize((int) mercado);
        assertThat(sandbox.get("pedidos", Map.of("afterid", Long.toString(first + 4)))).hasSize(2);
        assertThat(sandbox.get("pedidos", Map.of("beforeid", Long.toString(first + 1)))).hasSize(2);
        assertThat(sandbox.get("pedidos", Map.of("orders", first + "," + (first + 5)))).hasSize(2);
        assertThat(sandbox.get("pedidos", Map.of("limit", "2", "offset", "3")))
                .extracting(o -> o.path("id").asLong()).containsExactly(first + 3, first + 4);
        assertThat(sandbox.get("pedidos", Map.of("after", "2000-01-01T00:00", "before", "2099-12-31T23:59:59")))
                .hasSize(6);
        assertThat(sandbox.get("pedidos", Map.of("before", "2000-01-01T00:00:00"))).isEmpty();
        assertThat(sandbox.simulator.requests().all().get(sandbox.simulator.requests().size() - 1).params())
                .containsKey("before");
    }

    @Test
    void anOrdersStatusIsUpdatedByItsReference() {
        sandbox = Sandbox.quiet();
        sellTwoProducts(sandbox);
        Order order = sandbox.state().generateOrders(1).get(0);

        String delivered = order.marketId() == Items.MERCADO ? "delivered" : "Shipped";

        JsonNode answer = sandbox.send("PUT", "pedidos", Items.array(Items.NODES.objectNode()
                .put("referencia", order.referencia()).put("estatus", delivered).put("comentario", "Guía 123")));

        assertThat(answer.get(0).path("estatus").asText()).isEqualTo(delivered);
        assertThat(sandbox.state().order(order.referencia()).orElseThrow().comentario()).isEqualTo("Guía 123");
        MarketSyncException unknown = sandbox.refused("PUT", "pedidos", Items.array(Items.NODES.objectNode()
                .put("referencia", "NOPE").put("estatus", "delivered")));
        assertThat(unknown.getMessage()).contains("referencia: unknown order NOPE");
    }

    @Test
    void webStoreOrdersArePostedAndValidated() {
        sandbox = Sandbox.quiet();
        long id = sandbox.createProductWithVariation("PLAYERA-001", "PLAYERA-001-M");
        ObjectNode order = Items.NODES.objectNode().put("referencia", "123456").put("fecha_pedido",
                "2019-12-01T10:00:00").put("subtotal", "1000").put("total", "1160").put("entregara", "MySelf")
                .put("cp", "61588").put("estatus", "pendiente").put("orden_id", "");
        order.putArray("lineas").addObject().put("product_id", id).put("sku", "PLAYERA-001-M").put("cantidad", 1)
                .put("precio", 1000).put("variacion", "UNIT");

        JsonNode created = sandbox.send("POST", "pedidos", Items.array(order));

        assertThat(created.get(0).path("market").asText()).isEqualTo("Web");
        assertThat(created.get(0).path("items").get(0).path("sku").asText()).isEqualTo("PLAYERA-001-M");
        ObjectNode bad = order.deepCopy();
        bad.put("cp", "12345678901");
        ((ObjectNode) bad.withArray("lineas").get(0)).put("sku", "NOPE").put("cantidad", 0);
        MarketSyncException refused = sandbox.refused("POST", "pedidos", Items.array(bad));
        assertThat(refused.getMessage()).contains("referencia: order 123456 already exists")
                .contains("cp: longer than 10 characters").contains("lineas[0].sku: unknown seller SKU NOPE")
                .contains("lineas[0].cantidad: must be 1 or more");
    }

    @Test
    void theInspectionApiGeneratesAndListsOrders() {
        sandbox = Sandbox.quiet();
        sellTwoProducts(sandbox);

        JsonNode generated = Sandbox.parse(sandbox.raw("POST", "/_sandbox/orders?count=2", null).body());
        JsonNode listed = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/orders", null).body());

        assertThat(generated).hasSize(2);
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("lines").get(0).path("precio").decimalValue()).isEqualByComparingTo("349");
    }
}

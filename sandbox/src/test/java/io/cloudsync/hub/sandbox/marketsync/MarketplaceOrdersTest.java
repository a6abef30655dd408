package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generated marketplace orders: every market with its own words, fulfillment lines, late registration, cancellations. */
class MarketplaceOrdersTest {

    private static final int[] EVERY_MARKET = {1, 2, 4, 5, 6, 8};

    private Sandbox sandbox;

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    @Test
    void theMarketsAreThoseOfMarketSyncsStatusTableWithTheirOwnStatusWords() {
        sandbox = Sandbox.quiet();

        Map<Integer, List<String>> words = sandbox.state().catalogue().markets().stream()
                .collect(Collectors.toMap(Market::id, m -> m.statuses().all()));

        assertThat(words).containsOnlyKeys(1, 2, 4, 5, 6, 8);
        assertThat(words.get(1)).containsExactlyInAnyOrder("Pendiente", "embarcados", "entregados");
        assertThat(words.get(2)).containsExactlyInAnyOrder("pending", "ready_to_ship", "shipped", "delivered",
                "canceled", "failed", "return_waiting_for_approval");
        assertThat(words.get(4)).containsExactlyInAnyOrder("paid", "delivered", "cancelled");
        assertThat(words.get(5)).containsExactlyInAnyOrder("WAITING ACCEPTANCE", "RECEIVED", "REFUSED", "CANCELED");
        assertThat(words.get(6)).containsExactlyInAnyOrder("Unshipped", "Shipped", "Canceled");
        assertThat(words.get(8)).containsExactlyInAnyOrder("pending", "pendiente", "authorized", "paid", "refunded",
                "voided");
    }

    @Test
    void ordersArriveOnEveryMarketInThatMarketsFirstStatusWord() {
        sandbox = Sandbox.quiet();
        for (int i = 1; i <= 6; i++) {
            sandbox.sellOn("PLAYERA-00" + i, "PLAYERA-00" + i + "-M", EVERY_MARKET);
        }

        List<Order> orders = sandbox.state().generateOrders(30);

        assertThat(orders).hasSize(30).extracting(Order::marketId).containsOnly(1, 2, 4, 5, 6, 8);
        for (Order order : orders) {
            Market market = sandbox.state().catalogue().market(order.marketId()).orElseThrow();
            assertThat(order.estatus()).as(market.market()).isEqualTo(market.statuses().initial());
            assertThat(order.history()).singleElement().extracting(StatusChange::by)
                    .isEqualTo(StatusChange.MARKETPLACE);
        }
    }

    @Test
    void aListingTheMarketplaceFulfilsSellsLinesMarkedFulfillmentAndTheOthersAreNot() {
        sandbox = Sandbox.quiet();
        long id = sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO, Items.AMAZON);
        sandbox.send("PUT", "productos/fulfillment", Items.array(Items.NODES.objectNode().put("product_id", id)
                .put("market_id", Items.AMAZON)));

        List<Order> orders = sandbox.state().generateOrders(10);

        assertThat(orders).extracting(Order::marketId).contains(Items.MERCADO, Items.AMAZON);
        for (Order order : orders) {
            assertThat(order.items()).extracting(OrderLine::fulfillment).as(order.market())
                    .containsOnly(order.marketId() == Items.AMAZON);
        }
        JsonNode shown = sandbox.get("pedidos");
        Set<String> flags = shown.findValues("fulfillment").stream().map(JsonNode::asText).collect(Collectors.toSet());
        assertThat(flags).containsExactlyInAnyOrder("0", "1");
    }

    @Test
    void everyNumberOfAnOrderArrivesAsAString() {
        sandbox = Sandbox.quiet();
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO);
        sandbox.state().generateOrders(1);

        JsonNode order = sandbox.get("pedidos").get(0);

        for (String column : List.of("id", "cliente_id", "market_id", "subtotal", "total", "envio", "comision")) {
            assertThat(order.path(column).isTextual()).as(column).isTrue();
        }
        JsonNode item = order.path("items").get(0);
        for (String column : List.of("id", "pedido", "product_id", "cantidad", "precio", "fulfillment")) {
            assertThat(item.path(column).isTextual()).as("items[]." + column).isTrue();
        }
        assertThat(order.path("email").asText()).as("Mercado Libre gives no e-mail").isEmpty();
        assertThat(order.path("shipping_id").asText()).as("Mercado Libre's consolidation id").matches("4\\d{10}");
    }

    @Test
    void marketSyncRegistersAnOrderAfterTheBuyerPlacedIt() {
        sandbox = Sandbox.quiet();
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO, Items.AMAZON);

        List<Order> orders = sandbox.state().generateOrders(8);

        assertThat(orders).allSatisfy(order -> {
            assertThat(order.fechaPedido()).isBeforeOrEqualTo(order.fechaOrden());
            assertThat(Duration.between(order.fechaPedido(), order.fechaOrden())).isLessThanOrEqualTo(
                    Duration.ofMinutes(5));
            assertThat(order.fecha()).isEqualTo(order.fechaOrden());
        });
        assertThat(orders).anySatisfy(order -> assertThat(order.fechaPedido()).isBefore(order.fechaOrden()));
    }

    @Test
    void theMarketplacesCancelEarlierOrdersAtTheConfiguredChanceWithTheirOwnWord() {
        sandbox = Sandbox.cancelling(100);
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO, Items.AMAZON);

        sandbox.state().tick();
        sandbox.state().tick();

        List<Order> cancelled = sandbox.state().orders().stream().filter(o -> o.history().size() > 1).toList();
        assertThat(sandbox.state().orders()).hasSize(2);
        assertThat(cancelled).hasSizeBetween(1, 2).allSatisfy(order -> {
            assertThat(order.estatus()).isEqualTo(order.marketId() == Items.MERCADO ? "cancelled" : "Canceled");
            assertThat(order.history().get(1).by()).isEqualTo(StatusChange.MARKETPLACE);
        });
    }

    @Test
    void noMarketplaceCancelsWhenTheChanceIsZero() {
        sandbox = Sandbox.cancelling(0);
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO, Items.AMAZON);

        for (int i = 0; i < 5; i++) {
            sandbox.state().tick();
        }

        assertThat(sandbox.state().orders()).hasSize(5).allSatisfy(o -> assertThat(o.history()).hasSize(1));
    }

    @Test
    void aChangedOrdersFechaMovesAndTheDateFilterCanBeSetToIt() {
        SteppingClock clock = new SteppingClock();
        sandbox = Sandbox.on(clock);
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO);
        JsonNode bought = sandbox.buy(Items.MERCADO, "PLAYERA-001-M", 1, false);
        LocalDateTime ordered = LocalDateTime.parse(bought.path("fechaPedido").asText());
        String fiveMinutesLater = ordered.plusMinutes(5).toString();
        clock.advance(Duration.ofMinutes(10));

        sandbox.raw("POST", "/_sandbox/marketplace/orders/" + bought.path("referencia").asText() + "/cancel", null);

        JsonNode order = sandbox.get("pedidos").get(0);
        assertThat(order.path("estatus").asText()).isEqualTo("cancelled");
        assertThat(order.path("fecha").asText()).isEqualTo(MexicoCityTime.shown(ordered.plusMinutes(10)));
        assertThat(order.path("fecha_pedido").asText()).isEqualTo(MexicoCityTime.shown(ordered));
        assertThat(sandbox.get("pedidos", Map.of("after", fiveMinutesLater))).as("after compares fecha_pedido")
                .isEmpty();

        sandbox.raw("PUT", "/_sandbox/settings", "{\"pedidosDateFilter\": \"fecha\"}");

        assertThat(sandbox.get("pedidos", Map.of("after", fiveMinutesLater))).as("after compares fecha").hasSize(1);
    }
}

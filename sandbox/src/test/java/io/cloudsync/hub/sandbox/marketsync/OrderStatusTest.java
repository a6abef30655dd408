package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** PUT pedidos {referencia, estatus, comentario}: the market's own words only, the history kept, fecha moved. */
class OrderStatusTest {

    private final SteppingClock clock = new SteppingClock();
    private Sandbox sandbox;

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    private String orderOn(int market) {
        sandbox = Sandbox.on(clock);
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", market);
        return sandbox.buy(market, "PLAYERA-001-M", 1, false).path("referencia").asText();
    }

    private JsonNode put(String referencia, String estatus, String comentario) {
        return sandbox.send("PUT", "pedidos", Items.array(Items.NODES.objectNode().put("referencia", referencia)
                .put("estatus", estatus).put("comentario", comentario)));
    }

    @Test
    void aStatusWordTheOrdersMarketDoesNotKnowIsRefusedAndNothingChanges() {
        String referencia = orderOn(Items.MERCADO);

        MarketSyncException refused = sandbox.refused("PUT", "pedidos", Items.array(Items.NODES.objectNode()
                .put("referencia", referencia).put("estatus", "shipped").put("comentario", "Guía 1")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.getMessage()).contains("Error 1 of 1 item(s) invalid, nothing was saved")
                .contains("estatus: 'shipped' is not a status of Mercado [4]; its statuses: paid, delivered, "
                        + "cancelled");
        assertThat(sandbox.state().order(referencia).orElseThrow().estatus()).isEqualTo("paid");
    }

    @Test
    void wordsAreComparedExactlyAsTheMarketWritesThem() {
        String referencia = orderOn(Items.AMAZON);

        assertThat(sandbox.refused("PUT", "pedidos", Items.array(Items.NODES.objectNode()
                .put("referencia", referencia).put("estatus", "shipped"))).getMessage())
                .contains("its statuses: Shipped, Unshipped, Canceled");
        assertThat(put(referencia, "Shipped", "").get(0).path("estatus").asText()).isEqualTo("Shipped");
    }

    @Test
    void aBatchWithOneUnknownWordChangesNoOrder() {
        String referencia = orderOn(Items.MERCADO);
        String other = sandbox.buy(Items.MERCADO, "PLAYERA-001-M", 1, false).path("referencia").asText();

        sandbox.refused("PUT", "pedidos", Items.array(
                Items.NODES.objectNode().put("referencia", referencia).put("estatus", "delivered"),
                Items.NODES.objectNode().put("referencia", other).put("estatus", "Shipped")));

        assertThat(sandbox.state().order(referencia).orElseThrow().estatus()).isEqualTo("paid");
    }

    @Test
    void everyChangeJoinsTheHistoryWithItsCommentAndMovesFecha() {
        String referencia = orderOn(Items.MERCADO);
        LocalDateTime registered = sandbox.state().order(referencia).orElseThrow().fecha();
        clock.advance(Duration.ofMinutes(5));

        JsonNode answer = put(referencia, "delivered", "Entregado, guía 395088376888");
        clock.advance(Duration.ofMinutes(3));
        put(referencia, "delivered", "El comprador confirmó");

        assertThat(answer.get(0).path("fecha").asText()).isEqualTo(MexicoCityTime.shown(registered.plusMinutes(5)));
        Order order = sandbox.state().order(referencia).orElseThrow();
        assertThat(order.fecha()).isEqualTo(registered.plusMinutes(8));
        assertThat(order.fechaPedido()).isEqualTo(registered);
        assertThat(order.history()).extracting(StatusChange::estatus).containsExactly("paid", "delivered",
                "delivered");
        assertThat(order.history()).extracting(StatusChange::comentario).containsExactly("",
                "Entregado, guía 395088376888", "El comprador confirmó");
        assertThat(order.history().get(1).by()).isEqualTo(StatusChange.API);
        assertThat(order.comentario()).isEqualTo("El comprador confirmó");
        JsonNode shown = Sandbox.parse(sandbox.raw("GET", "/_sandbox/state/orders", null).body()).get(0);
        assertThat(shown.path("history")).hasSize(3);
    }

    @Test
    void webStoreOrdersSpeakECommercesWords() {
        sandbox = Sandbox.on(clock);
        long id = sandbox.createProductWithVariation("PLAYERA-001", "PLAYERA-001-M");
        var order = Items.NODES.objectNode().put("referencia", "W-1").put("fecha_pedido", "2019-12-01T10:00:00")
                .put("subtotal", "1000").put("total", "1160").put("estatus", "pendiente");
        order.putArray("lineas").addObject().put("product_id", id).put("sku", "PLAYERA-001-M").put("cantidad", 1)
                .put("precio", 1000);
        sandbox.send("POST", "pedidos", Items.array(order));

        assertThat(put("W-1", "authorized", "Pago recibido").get(0).path("estatus").asText()).isEqualTo("authorized");
        assertThat(sandbox.refused("PUT", "pedidos", Items.array(Items.NODES.objectNode().put("referencia", "W-1")
                .put("estatus", "Shipped"))).getMessage()).contains("'Shipped' is not a status of Web [0]");
        order.put("referencia", "W-2").put("estatus", "enviado");
        assertThat(sandbox.refused("POST", "pedidos", Items.array(order)).getMessage())
                .contains("'enviado' is not a status of the web store");
    }
}

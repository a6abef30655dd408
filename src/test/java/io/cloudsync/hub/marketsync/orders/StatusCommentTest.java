package io.cloudsync.hub.marketsync.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.OrderStatusChange;
import io.cloudsync.hub.store.OrderCarrier;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusCommentTest {

    @Test
    void whenShippedTheCommentCarriesTheCarrierAndTheTrackingNumber() {
        OrderCarrier carrier = new OrderCarrier(7, 41, 2, "Estafeta", "EST1", Map.of());

        assertThat(StatusComment.of(OrderStatusChange.SHIPPED, "REF", Optional.of(carrier)))
                .isEqualTo("Enviado (pedido REF de la tienda) por Estafeta, guía EST1.");
        assertThat(StatusComment.of(OrderStatusChange.SHIPPED, "", Optional.of(new OrderCarrier(7, 41, 0, "", "",
                Map.of())))).isEqualTo("Enviado.");
        assertThat(StatusComment.of(OrderStatusChange.DELIVERED, "REF", Optional.empty()))
                .isEqualTo("Entregado (pedido REF de la tienda).");
    }

    @Test
    void theCommentFitsMarketSyncsColumn() {
        OrderCarrier carrier = new OrderCarrier(7, 41, 2, "x".repeat(300), "EST1", Map.of());

        assertThat(StatusComment.of(OrderStatusChange.SHIPPED, "REF", Optional.of(carrier))).hasSize(250);
    }
}

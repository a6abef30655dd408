package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class IncomingOrderJsonTest {

    @Test
    void readsAMarketSyncOrderWhoseNumbersAreText() throws Exception {
        String pedido = """
                {"id":"1080","cliente_id":"7","market_id":"4","market":"Mercado Libre","referencia":"2000003",
                 "fecha_pedido":"2026-12-01 09:58:00","fecha_autoriza":"0000-00-00 00:00:00","subtotal":"431.03",
                 "total":"599.00","email":null,"entregara":"Ana Ruiz","telefono":"5512345678",
                 "direccion":"Reforma 222","entrecalles":"","colonia":"Juárez","ciudad":"Cuauhtémoc",
                 "estado":"CDMX","cp":"06600","observaciones":"","envio":"99.00","estatus":"paid",
                 "items":[{"id":"1","pedido":"1080","sku":"CAM-ROJA-M","cantidad":"2","precio":"250.00",
                           "fulfillment":"0"},
                          {"id":"2","pedido":"1080","sku":"TAZA-00001","cantidad":"1","precio":"1,000.00",
                           "fulfillment":"1"}]}
                """;

        IncomingOrder order = IncomingOrderJson.read(new ObjectMapper().readTree(pedido));

        assertThat(order.marketsyncId()).isEqualTo(1080);
        assertThat(order.marketId()).isEqualTo(4);
        assertThat(order.marketName()).isEqualTo("Mercado Libre");
        assertThat(order.paidAt()).as("the zero date is no date").isEmpty();
        assertThat(order.email()).isEmpty();
        assertThat(order.recipient()).isEqualTo("Ana Ruiz");
        assertThat(order.address().estado()).isEqualTo("CDMX");
        assertThat(order.address().cp()).isEqualTo("06600");
        assertThat(order.shipping()).isEqualByComparingTo("99");
        assertThat(order.total()).isEqualByComparingTo("599");
        assertThat(order.status()).isEqualTo("paid");
        assertThat(order.registeredAt()).as("no fecha_orden: the earlier fecha_pedido")
                .isEqualTo("2026-12-01 09:58:00");
        assertThat(order.lines()).containsExactly(
                new IncomingOrder.Line(1, "CAM-ROJA-M", 2, new java.math.BigDecimal("250.00"), false),
                new IncomingOrder.Line(2, "TAZA-00001", 1, new java.math.BigDecimal("1000.00"), true));
    }

    @Test
    void theRegistrationIsFechaOrden() throws Exception {
        IncomingOrder order = IncomingOrderJson.read(new ObjectMapper().readTree("""
                {"id":"1081","fecha_pedido":"2026-12-01 09:58:00","fecha_orden":"2026-12-01 10:02:30","items":[]}
                """));

        assertThat(order.registeredAt()).isEqualTo("2026-12-01 10:02:30");
    }
}

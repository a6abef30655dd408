package io.cloudsync.hub.marketsync.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceOrderLine;
import io.cloudsync.hub.model.MarketplaceOrderStatus.Stage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Orders as MarketSync's GET pedidos sends them, into the canonical record. */
class MarketplaceOrderNormaliserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The example of MarketSync's own documentation (controllers/pedidos.md), as it is. */
    static final String DOCUMENTED = """
            {"id": "135851", "cliente_id": "1005", "market_id": "4", "referencia": "2206600680",
             "fecha_pedido": "2019-11-10 00:15:03", "fecha_autoriza": "2019-11-10 00:15:03", "subtotal": "1000",
             "total": "1160.00", "email": "none@ml.com", "entregara": "GABRIELA RAMIREZ", "telefono": "",
             "direccion": "Reforma 206", "entrecalles": "", "colonia": "", "ciudad": "Centro", "estado": "Guerrero",
             "observaciones": "Referencia: Portón negro Entre: Felix y Samaniego", "cp": "87529", "envio": "0.00",
             "comision": "0.00", "estatus": "delivered", "mensajeria": null, "guias": null, "estatusguia": null,
             "orden_id": null, "shipping_id": "", "fecha_orden": "2019-11-15 06:13:48", "fecha": "2019-12-12 14:11:04",
             "market": "Mercado",
             "items": [{"id": "15551", "pedido": "135851", "product_id": "145236", "sku": "5331A",
                        "modelo": "WATCH-100", "descripcion": "Reloj de pared con números romanos ", "cantidad": "1",
                        "precio": "1000", "color": "N/D", "variacion": "UNIT", "fecha": "2019-11-09 22:20:02"}]}
            """;

    /** Amazon: two lines, one shipped by Amazon (fulfillment "1"), numbers partly as numbers, a real e-mail. */
    static final String AMAZON = """
            {"id": 135902, "market_id": 6, "market": "Amazon", "referencia": "702-3345123-0098127",
             "fecha_pedido": "2024-05-31T18:04:11", "fecha_autoriza": "", "subtotal": "1,724.14", "total": 2000,
             "email": " Buyer.Name@Marketplace.Amazon.com.mx ", "entregara": "Luis Pérez", "telefono": "5512345678",
             "direccion": "Av. Juárez 12", "entrecalles": "Entre Hidalgo y Morelos", "colonia": "Centro",
             "ciudad": "Puebla", "estado": "Puebla", "observaciones": "", "cp": "72000", "envio": "99.00",
             "comision": "300.50", "estatus": "Unshipped", "mensajeria": "Estafeta", "guias": "ES1234567",
             "estatusguia": "EN TRANSITO", "orden_id": "", "shipping_id": "",
             "items": [{"id": "16001", "product_id": "150001", "sku": "CAM-ROJ-M", "cantidad": "2.00",
                        "precio": "650.00", "color": "Rojo", "variacion": "M", "fulfillment": "1"},
                       {"id": "16002", "product_id": "150002", "sku": "GORRA-01", "cantidad": 1,
                        "precio": 700, "color": "Negro", "variacion": "UNIT", "fulfillment": "0"}]}
            """;

    @Test
    void theDocumentedOrderKeepsEveryFieldWithNumbersFromStrings() throws Exception {
        MarketplaceOrder order = MarketplaceOrderNormaliser.normalise(JSON.readTree(DOCUMENTED));

        assertThat(order.id()).isEqualTo(135851);
        assertThat(order.marketId()).isEqualTo(4);
        assertThat(order.market()).isEqualTo("Mercado");
        assertThat(order.reference()).isEqualTo("2206600680");
        assertThat(order.status().word()).isEqualTo("delivered");
        assertThat(order.status().stage()).isEqualTo(Stage.DELIVERED);
        assertThat(order.placedAt()).isEqualTo(LocalDateTime.of(2019, 11, 10, 0, 15, 3));
        assertThat(order.registeredAt()).as("fecha_orden").isEqualTo(LocalDateTime.of(2019, 11, 15, 6, 13, 48));
        assertThat(order.subtotal()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(order.total()).isEqualTo(new BigDecimal("1160.00"));
        assertThat(order.email()).as("a placeholder address").isNull();
        assertThat(order.shipping().recipient()).isEqualTo("GABRIELA RAMIREZ");
        assertThat(order.shipping().street()).isEqualTo("Reforma 206");
        assertThat(order.shipping().state()).isEqualTo("Guerrero");
        assertThat(order.shipping().postcode()).isEqualTo("87529");
        assertThat(order.shipping().carrier()).as("null from MarketSync").isEmpty();
        assertThat(order.sellerOrderId()).isEmpty();
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo("5331A");
            assertThat(line.productId()).isEqualTo(145236);
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.unitPrice()).isEqualTo(new BigDecimal("1000.00"));
            assertThat(line.description()).isEqualTo("Reloj de pared con números romanos");
            assertThat(line.fulfillment()).as("absent: shipped by the seller").isFalse();
        });
    }

    @Test
    void fulfillmentLinesAndNumbersInEveryFormAreRead() throws Exception {
        MarketplaceOrder order = MarketplaceOrderNormaliser.normalise(JSON.readTree(AMAZON));

        assertThat(order.status().stage()).as("Amazon's Unshipped: paid, to ship").isEqualTo(Stage.PAID);
        assertThat(order.subtotal()).as("thousands separator").isEqualTo(new BigDecimal("1724.14"));
        assertThat(order.total()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(order.commission()).isEqualTo(new BigDecimal("300.50"));
        assertThat(order.shippingCost()).isEqualTo(new BigDecimal("99.00"));
        assertThat(order.paidAt()).as("empty date").isNull();
        assertThat(order.placedAt()).isEqualTo(LocalDateTime.of(2024, 5, 31, 18, 4, 11));
        assertThat(order.email()).isEqualTo("buyer.name@marketplace.amazon.com.mx");
        assertThat(order.shipping().tracking()).isEqualTo("ES1234567");
        assertThat(order.shipping().trackingStatus()).isEqualTo("EN TRANSITO");
        assertThat(order.lines()).extracting(MarketplaceOrderLine::sku, MarketplaceOrderLine::quantity,
                MarketplaceOrderLine::total, MarketplaceOrderLine::fulfillment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CAM-ROJ-M", 2, new BigDecimal("1300.00"), true),
                org.assertj.core.groups.Tuple.tuple("GORRA-01", 1, new BigDecimal("700.00"), false));
        assertThat(order.fulfilledByMarketplace()).isFalse();
        assertThat(order.unitsFromSellerStock()).isEqualTo(Map.of("GORRA-01", 1));
    }

    @Test
    void statusesAreReadInTheirMarketplacesWords() throws Exception {
        assertThat(stage(1, "embarcados")).isEqualTo(Stage.SHIPPED);
        assertThat(stage(1, "Pendiente")).isEqualTo(Stage.PENDING);
        assertThat(stage(2, "ready_to_ship")).isEqualTo(Stage.PAID);
        assertThat(stage(2, "return_waiting_for_approval")).isEqualTo(Stage.RETURNED);
        assertThat(stage(4, "cancelled")).isEqualTo(Stage.CANCELLED);
        assertThat(stage(5, "WAITING ACCEPTANCE")).isEqualTo(Stage.PENDING);
        assertThat(stage(5, "waiting  acceptance")).as("case and spaces ignored").isEqualTo(Stage.PENDING);
        assertThat(stage(5, "REFUSED")).isEqualTo(Stage.CANCELLED);
        assertThat(stage(6, "Canceled")).isEqualTo(Stage.CANCELLED);
        assertThat(stage(8, "refunded")).isEqualTo(Stage.REFUNDED);
        assertThat(stage(8, "voided")).isEqualTo(Stage.CANCELLED);
        assertThat(stage(4, "authorized")).as("another marketplace's word").isEqualTo(Stage.PAID);
        assertThat(stage(3, "en camino")).isEqualTo(Stage.UNKNOWN);
        assertThat(MarketStatusWords.status(6, "Canceled").voided()).isTrue();
        assertThat(MarketStatusWords.status(6, "Shipped").voided()).isFalse();
    }

    @Test
    void missingOrPlaceholderEmailsBecomeNull() throws Exception {
        assertThat(emailOf(null)).isNull();
        assertThat(emailOf("")).isNull();
        assertThat(emailOf("none@mercado.com")).isNull();
        assertThat(emailOf("NoReply@walmart.com.mx")).isNull();
        assertThat(emailOf("sin correo")).isNull();
        assertThat(emailOf("comprador.123@mail.mercadolibre.com")).isEqualTo("comprador.123@mail.mercadolibre.com");
    }

    @Test
    void anOrderWithoutAnIdIsRefusedAndAnOrderWithoutItemsHasNoLines() throws Exception {
        assertThatThrownBy(() -> MarketplaceOrderNormaliser.normalise(JSON.readTree("{\"id\": \"\", \"items\": []}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        MarketplaceOrder bare = MarketplaceOrderNormaliser.normalise(JSON.readTree("{\"id\": \"7\", \"items\": null}"));
        assertThat(bare.lines()).isEmpty();
        assertThat(bare.status().stage()).isEqualTo(Stage.UNKNOWN);
        assertThat(bare.total()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theCanonicalJsonIsTheSameForTheSameOrderAndReadsBack() throws Exception {
        ObjectMapper canonical = CanonicalJson.mapper();
        MarketplaceOrder order = MarketplaceOrderNormaliser.normalise(JSON.readTree(AMAZON));
        String text = canonical.writeValueAsString(order);

        assertThat(canonical.writeValueAsString(MarketplaceOrderNormaliser.normalise(JSON.readTree(AMAZON))))
                .isEqualTo(text);
        assertThat(canonical.readValue(text, MarketplaceOrder.class)).isEqualTo(order);
        assertThat(text).doesNotContain("fulfilledByMarketplace", "unitsFromSellerStock", "voided");
    }

    private static Stage stage(int market, String word) {
        return MarketStatusWords.status(market, word).stage();
    }

    private static String emailOf(String email) throws Exception {
        JsonNode node = JSON.readTree("{\"id\": \"1\"}");
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("email", email);
        return MarketplaceOrderNormaliser.normalise(node).email();
    }
}

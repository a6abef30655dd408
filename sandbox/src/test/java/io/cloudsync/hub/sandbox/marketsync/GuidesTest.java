package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** guias: POST one order's label from its marketplace, GET the guides of some orders. */
class GuidesTest extends SharedSandboxTest {

    private long orderOn(int market) {
        if (sandbox.state().product("PLAYERA-001").isEmpty()) {
            sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", 1, 2, 4, 5, 6, 8);
        }
        return sandbox.buy(market, "PLAYERA-001-M", 1, false).path("id").asLong();
    }

    private JsonNode postGuide(long orderId) {
        return sandbox.client.send("POST", "guias", Map.of("orders", Long.toString(orderId)), null).get(0);
    }

    @Test
    void mercadoLibreGivesABase64PdfAndTheOrderCarriesTheTrackingNumber() {
        long order = orderOn(Items.MERCADO);

        JsonNode guide = postGuide(order);

        assertThat(guide.path("pedido_id").asText()).isEqualTo(Long.toString(order));
        assertThat(guide.path("guia").asText()).matches("\\d{12}");
        assertThat(guide.path("mensajeria").asText()).isEqualTo("Mercado Envíos");
        assertThat(guide.path("estatus").asText()).isEqualTo("1");
        assertThat(new String(Base64.getDecoder().decode(guide.path("label").asText()), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-1.4").endsWith("%%EOF\n");
        JsonNode pedido = sandbox.get("pedidos", Map.of("orders", Long.toString(order))).get(0);
        assertThat(pedido.path("guias").asText()).isEqualTo(guide.path("guia").asText());
        assertThat(pedido.path("mensajeria").asText()).isEqualTo("Mercado Envíos");
        assertThat(pedido.path("estatusguia").asText()).isEqualTo("1");
    }

    @Test
    void claroGivesATrackingUrl() {
        JsonNode guide = postGuide(orderOn(1));

        assertThat(guide.path("label").asText()).isEqualTo("https://envia.com/rastreo?label="
                + guide.path("guia").asText());
        assertThat(guide.path("mensajeria").asText()).isEqualTo("estafeta");
        assertThat(sandbox.get("pedidos").get(0).path("email").asText()).as("Claro's placeholder")
                .isEqualTo("none@claroshop.com");
    }

    @Test
    void aMarketWithoutLabelsStoresTheErrorTextAsTheLabel() {
        long order = orderOn(8);

        JsonNode guide = postGuide(order);

        assertThat(guide.path("label").asText()).isEqualTo("Error E-Commerce does not provide shipping labels");
        assertThat(guide.path("guia").asText()).isEmpty();
        assertThat(sandbox.state().orders().get(0).guias()).isEmpty();
    }

    @Test
    void askingAgainAnswersTheSameGuideAndGetListsTheGuidesOfTheOrdersAsked() {
        long first = orderOn(Items.AMAZON);
        long second = orderOn(Items.MERCADO);
        long third = orderOn(5);
        JsonNode guide = postGuide(first);
        postGuide(second);

        assertThat(postGuide(first)).isEqualTo(guide);
        JsonNode listed = sandbox.get("guias", Map.of("orders", first + "," + third + "," + second));
        assertThat(listed).extracting(g -> g.path("pedido_id").asLong()).containsExactly(first, second);
        assertThat(sandbox.get("guias", Map.of("orders", Long.toString(third)))).isEmpty();
    }

    @Test
    void oneOrderAtATimeAndAKnownOne() {
        long order = orderOn(Items.MERCADO);

        MarketSyncException two = org.assertj.core.api.Assertions.catchThrowableOfType(MarketSyncException.class,
                () -> sandbox.client.send("POST", "guias", Map.of("orders", order + "," + order), null));
        MarketSyncException unknown = org.assertj.core.api.Assertions.catchThrowableOfType(MarketSyncException.class,
                () -> sandbox.client.send("POST", "guias", Map.of("orders", "999"), null));

        assertThat(two.getMessage()).contains("one order at a time");
        assertThat(unknown.getMessage()).contains("Error unknown order 999");
    }

    @Test
    void aCancelledOrderGetsNoLabel() {
        long order = orderOn(Items.MERCADO);
        String referencia = sandbox.state().orders().get(0).referencia();
        sandbox.raw("POST", "/_sandbox/marketplace/orders/" + referencia + "/cancel", null);

        assertThat(postGuide(order).path("label").asText()).isEqualTo("Error the order " + referencia
                + " is cancelled");
    }
}

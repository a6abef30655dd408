package io.cloudsync.hub.marketsync.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GuideTest {

    private static Guide guide(String json) throws Exception {
        return Guide.of(new ObjectMapper().readTree(json));
    }

    @Test
    void aLabelIsAUrlOrAFileAndAnythingElseIsTheMarketplacesErrorText() throws Exception {
        assertThat(guide("{\"id\":\"5\",\"pedido_id\":\"9\",\"guia\":\"T1\",\"label\":\"https://l.example/1\"}")
                .provided()).isTrue();
        assertThat(guide("{\"id\":5,\"pedido_id\":9,\"guia\":\"T1\",\"label\":\"" + "JVBERi0xLjQK".repeat(12) + "\"}")
                .provided()).as("a base64 PDF").isTrue();
        assertThat(guide("{\"id\":5,\"pedido_id\":9,\"guia\":\"T1\",\"label\":\"No se pudo generar la guía\"}")
                .provided()).isFalse();
        assertThat(guide("{\"id\":5,\"pedido_id\":9,\"guia\":\"\",\"label\":\"https://l.example/1\"}").provided())
                .as("no tracking number").isFalse();
    }

    @Test
    void theStaffNoteNamesTheTrackingNumberAndWhereTheLabelIs() throws Exception {
        assertThat(guide("{\"id\":5,\"pedido_id\":9,\"guia\":\"T1\",\"mensajeria\":\"DHL\","
                + "\"label\":\"https://l.example/1\"}").staffNote("ML-1"))
                .isEqualTo("Guía del marketplace para el pedido ML-1: T1 (DHL). Etiqueta: https://l.example/1");
        assertThat(guide("{\"id\":5,\"pedido_id\":9,\"guia\":\"T1\",\"label\":\"" + "A".repeat(200) + "\"}")
                .staffNote("ML-1")).endsWith("Etiqueta en MarketSync: GET guias?orders=9");
    }
}

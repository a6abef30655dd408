package io.cloudsync.hub.sandbox.marketsync;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * teorico = stock sent − units of the marketplace orders registered from the one account-wide cut-off date on
 * (POST stock), per seller SKU; cancelled orders and fulfillment lines are not deducted.
 */
class StockCutoffTest {

    private final SteppingClock clock = new SteppingClock();
    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = Sandbox.on(clock);
        sandbox.sellOn("PLAYERA-001", "PLAYERA-001-M", Items.MERCADO, Items.AMAZON);
        sandbox.sellOn("PLAYERA-002", "PLAYERA-002-M", Items.MERCADO, Items.AMAZON);
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.close();
    }

    private void cutoffAt(LocalDateTime time) {
        sandbox.send("POST", "stock", Items.NODES.objectNode().put("update_stock",
                time.toString().length() == 16 ? time + ":00" : time.toString()));
    }

    private LocalDateTime now() {
        return MexicoCityTime.of(clock.instant());
    }

    @Test
    void withNoCutoffEveryOrderIsDeducted() {
        sandbox.buy(Items.MERCADO, "PLAYERA-001-M", 2, false);
        sandbox.buy(Items.AMAZON, "PLAYERA-001-M", 1, false);

        assertThat(sandbox.teorico("PLAYERA-001", "PLAYERA-001-M")).isEqualTo(7);
        assertThat(sandbox.teorico("PLAYERA-002", "PLAYERA-002-M")).isEqualTo(10);
    }

    @Test
    void ordersRegisteredBeforeTheCutoffAreNotDeductedAndThoseFromItOnAre() {
        sandbox.buy(Items.MERCADO, "PLAYERA-001-M", 2, false);
        clock.advance(Duration.ofMinutes(1));
        LocalDateTime cutoff = now();
        sandbox.buy(Items.AMAZON, "PLAYERA-001-M", 1, false);
        clock.advance(Duration.ofMinutes(1));
        sandbox.buy(Items.MERCADO, "PLAYERA-002-M", 3, false);

        cutoffAt(cutoff);

        assertThat(sandbox.teorico("PLAYERA-001", "PLAYERA-001-M")).as("the order at the cut-off second counts")
                .isEqualTo(9);
        assertThat(sandbox.teorico("PLAYERA-002", "PLAYERA-002-M")).isEqualTo(7);
        assertThat(sandbox.state().stockCutoff()).contains(cutoff);
    }

    @Test
    void theCutoffIsOneForTheAccountMovingItMovesItForEverySku() {
        sandbox.buy(Items.MERCADO, "PLAYERA-001-M", 2, false);
        sandbox.buy(Items.MERCADO, "PLAYERA-002-M", 2, false);
        clock.advance(Duration.ofMinutes(1));
        sandbox.send("PUT", "stock", Items.array(Items.NODES.objectNode().put("product_id",
                sandbox.state().product("PLAYERA-001").orElseThrow().id()).put("seller_sku", "PLAYERA-001-M")
                .put("stock", 8)));

        cutoffAt(now());

        assertThat(sandbox.teorico("PLAYERA-001", "PLAYERA-001-M")).isEqualTo(8);
        assertThat(sandbox.teorico("PLAYERA-002", "PLAYERA-002-M")).as("a SKU the push did not carry: oversold")
                .isEqualTo(10);
    }

    @Test
    void aCancelledOrderGivesItsUnitsBack() {
        String referencia = sandbox.buy(Items.MERCADO, "PLAYERA-001-M", 3, false).path("referencia").asText();
        assertThat(sandbox.teorico("PLAYERA-001", "PLAYERA-001-M")).isEqualTo(7);

        sandbox.raw("POST", "/_sandbox/marketplace/orders/" + referencia + "/cancel", null);

        assertThat(sandbox.teorico("PLAYERA-001", "PLAYERA-001-M")).isEqualTo(10);
    }

    @Test
    void anOrderCancelledThroughTheApiGivesItsUnitsBackToo() {
        String referencia = sandbox.buy(Items.AMAZON, "PLAYERA-001-M", 3, false).path("referencia").asText();

        sandbox.send("PUT", "pedidos", Items.array(Items.NODES.objectNode().put("referencia", referencia)
                .put("estatus", "Canceled")));

        assertThat(sandbox.teorico("PLAYERA-001", "PLAYERA-001-M")).isEqualTo(10);
    }

    @Test
    void fulfillmentLinesAreNotDeducted() {
        sandbox.buy(Items.AMAZON, "PLAYERA-001-M", 2, true);

        assertThat(sandbox.teorico("PLAYERA-001", "PLAYERA-001-M")).isEqualTo(10);
    }
}

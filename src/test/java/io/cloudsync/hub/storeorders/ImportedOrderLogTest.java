package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The log line of an imported or cancelled marketplace order: market, reference, store order; no personal data. */
class ImportedOrderLogTest {

    private final IncomingOrder order = Orders.sale(7001, "ML-2000004", List.of(Orders.line("CAM-001-ROJ-M", 2,
            "250.00")));

    @Test
    void anImportedOrderNamesItsMarketReferenceAndStoreOrderAndNothingPersonal() {
        String line = MarketplaceOrderSink.imported(order, ImportOutcome.of(7001, ImportOutcome.Kind.CREATED, 512));

        assertThat(line).isEqualTo("marketplace order Mercado Libre ML-2000004 imported: store order 512");
        assertThat(line).doesNotContain(order.recipient(), order.phone(), order.address().direccion(),
                order.address().cp());
    }

    @Test
    void aCancellationSaysWhetherTheStoreOrderExisted() {
        assertThat(MarketplaceOrderSink.imported(order, ImportOutcome.of(7001, ImportOutcome.Kind.CANCELLED, 512)))
                .isEqualTo("marketplace order Mercado Libre ML-2000004 cancelled: store order 512 cancelled");
        assertThat(MarketplaceOrderSink.imported(order, ImportOutcome.of(7001, ImportOutcome.Kind.CANCELLED, 0)))
                .isEqualTo("marketplace order Mercado Libre ML-2000004 cancelled before it reached the store");
    }

    @Test
    void anOrderLeftAsItWasIsNotLogged() {
        assertThat(MarketplaceOrderSink.imported(order, ImportOutcome.of(7001, ImportOutcome.Kind.UNCHANGED, 512)))
                .isNull();
        assertThat(MarketplaceOrderSink.imported(order, ImportOutcome.of(7001, ImportOutcome.Kind.WAITING, 0)))
                .isNull();
    }
}

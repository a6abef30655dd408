package io.cloudsync.hub.erp.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;

/** The sale ledger on H2 and PostgreSQL. */
class SaleLedgerTest {

    private final SaleOrder order = SaleOrder.none("store-order 12", "store XK", "");

    @EngineTest
    void aSaleGoesFromSendingToConfirmedToCancelledKeepingItsId(TestDatabase db) {
        SaleLedger ledger = new SaleLedger(db.dataSource(), Clock.systemUTC());
        assertThat(ledger.find("store XK")).isEmpty();

        ledger.sending(order);
        assertThat(ledger.find("store XK")).contains(new SaleLedger.Entry("store XK", 0, SaleLedger.State.SENDING,
                "store-order 12"));
        ledger.created(order, 41);
        ledger.sending(order);
        assertThat(ledger.find("store XK").orElseThrow().saleId()).as("a known id stays").isEqualTo(41);
        ledger.confirmed(order, 41);
        ledger.cancelled(SaleOrder.none("marketplace-order 3", "store XK", ""), 0);

        assertThat(ledger.find("store XK")).contains(new SaleLedger.Entry("store XK", 41, SaleLedger.State.CANCELLED,
                "marketplace-order 3"));
    }
}

package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.util.List;

/** The import ledger on H2 and PostgreSQL (each migration folder has its own copy of the tables). */
class ImportLedgerTest {

    private final IncomingOrder first = Orders.sale(11, "2000011", List.of(Orders.line("CAM-ROJA-M", 2, "10")));
    private final IncomingOrder second = Orders.sale(12, "2000012", List.of(Orders.line("CAM-ROJA-M", 1, "10")));

    @EngineTest
    void anImportMovesFromPlannedToOrderedKeepingEveryStoreId(TestDatabase db) {
        ImportLedger ledger = new ImportLedger(db.dataSource());
        assertThat(ledger.find(11)).isEmpty();

        ImportEntry planned = ledger.register(first);
        assertThat(planned).isEqualTo(new ImportEntry(11, 4, "2000011", ImportState.PLANNED, 0, 0, 0, 0));

        ledger.customer(11, 501);
        ledger.address(11, 601);
        assertThat(ledger.find(11).orElseThrow().state()).isEqualTo(ImportState.PLANNED);
        ledger.cartCreated(11, 701);
        assertThat(ledger.find(11).orElseThrow().state()).isEqualTo(ImportState.CART_CREATED);
        ledger.ordered(11, 801);

        assertThat(ledger.find(11)).contains(new ImportEntry(11, 4, "2000011", ImportState.ORDERED, 501, 601, 701, 801));
    }

    @EngineTest
    void aDeadImportRegisteredAgainStartsFromNothing(TestDatabase db) {
        ImportLedger ledger = new ImportLedger(db.dataSource());
        ledger.register(first);
        ledger.customer(11, 501);
        ledger.cartCreated(11, 701);
        ledger.state(11, ImportState.DEAD);

        ImportEntry again = ledger.register(first);
        ledger.cartCreated(11, 702);
        ledger.ordered(11, 802);

        assertThat(again).isEqualTo(new ImportEntry(11, 4, "2000011", ImportState.PLANNED, 0, 0, 0, 0));
        assertThat(ledger.find(11)).contains(new ImportEntry(11, 4, "2000011", ImportState.ORDERED, 0, 0, 702, 802));
    }

    @EngineTest
    void anOrderCancelledBeforeImportIsSettledWithoutLines(TestDatabase db) {
        ImportLedger ledger = new ImportLedger(db.dataSource());
        ImportEntry cancelled = ledger.settle(second, ImportState.CANCELLED);

        assertThat(cancelled.state()).isEqualTo(ImportState.CANCELLED);
        assertThat(cancelled.orderId()).isZero();
        assertThatThrownBy(() -> ledger.ordered(99, 1)).hasMessageContaining("99 is not in the import ledger");
    }
}

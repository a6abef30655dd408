package io.cloudsync.hub.storeorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.util.List;
import java.util.Map;

/** The import ledger on H2 and PostgreSQL (each migration folder has its own copy of the tables). */
class ImportLedgerTest {

    private final IncomingOrder first = Orders.sale(11, "2000011", List.of(Orders.line("CAM-ROJA-M", 2, "10")));
    private final IncomingOrder second = Orders.sale(12, "2000012", List.of(Orders.line("CAM-ROJA-M", 1, "10")));

    @EngineTest
    void anImportMovesFromPlannedToOrderedKeepingEveryStoreId(TestDatabase db) {
        ImportLedger ledger = new ImportLedger(db.dataSource());
        assertThat(ledger.find(11)).isEmpty();

        ImportEntry planned = ledger.register(first, Map.of("CAM-ROJA-M", 2));
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
    void onlyOrderedImportsCountAsUnitsInTheStore(TestDatabase db) {
        ImportLedger ledger = new ImportLedger(db.dataSource());
        ledger.register(first, Map.of("CAM-ROJA-M", 2, "TAZA-00001", 1));
        ledger.register(second, Map.of("CAM-ROJA-M", 1));
        assertThat(ledger.unitsInStore()).as("planned: not in the store yet").isEmpty();

        ledger.cartCreated(11, 1);
        ledger.ordered(11, 2);
        ledger.cartCreated(12, 3);
        ledger.ordered(12, 4);
        assertThat(ledger.unitsInStore()).containsExactlyInAnyOrderEntriesOf(Map.of("CAM-ROJA-M", 3L, "TAZA-00001", 1L));

        ledger.state(12, ImportState.CANCELLED);
        assertThat(ledger.unitsInStore()).containsExactlyInAnyOrderEntriesOf(Map.of("CAM-ROJA-M", 2L, "TAZA-00001", 1L));
    }

    @EngineTest
    void aDeadImportRegisteredAgainStartsFromNothingWithItsNewLines(TestDatabase db) {
        ImportLedger ledger = new ImportLedger(db.dataSource());
        ledger.register(first, Map.of("CAM-ROJA-M", 2));
        ledger.customer(11, 501);
        ledger.cartCreated(11, 701);
        ledger.state(11, ImportState.DEAD);

        ImportEntry again = ledger.register(first, Map.of("TAZA-00001", 5));
        ledger.cartCreated(11, 702);
        ledger.ordered(11, 802);

        assertThat(again).isEqualTo(new ImportEntry(11, 4, "2000011", ImportState.PLANNED, 0, 0, 0, 0));
        assertThat(ledger.unitsInStore()).containsExactlyEntriesOf(Map.of("TAZA-00001", 5L));
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

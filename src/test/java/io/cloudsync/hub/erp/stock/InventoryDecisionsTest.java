package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;
import java.util.List;

class InventoryDecisionsTest {

    @EngineTest
    void aShortageIsOpenFromItsRowUntilItsReceiptClosesIt(TestDatabase db) {
        InventoryDecisions decisions = new InventoryDecisions(db.dataSource(), Clock.systemUTC());

        InventoryStep opened = decisions.open(step("purchase-requested", "MUG", 3, 7));

        assertThat(opened.decisionId()).isPositive();
        assertThat(decisions.openShortages(List.of("MUG", "TS-S"))).containsOnlyKeys("MUG");
        assertThat(decisions.requestsPending()).extracting(InventoryDecision::id).containsExactly(opened.decisionId());
        assertThat(decisions.countOpen()).isEqualTo(1);

        decisions.requested(opened.decisionId(), 42);
        assertThat(decisions.requestsPending()).as("Tryton answered: nothing left to finish").isEmpty();
        assertThat(decisions.newest(10, "MUG", true)).singleElement().satisfies(row -> {
            assertThat(row.trytonModel()).isEqualTo("purchase.request");
            assertThat(row.trytonId()).isEqualTo(42L);
            assertThat(row.open()).isTrue();
        });

        decisions.stored(step("received", "MUG", 3, 10));

        assertThat(decisions.openShortages(List.of("MUG"))).isEmpty();
        assertThat(decisions.countOpen()).isZero();
        List<InventoryDecision> newest = decisions.newest(10, null, false);
        assertThat(newest).extracting(InventoryDecision::action).containsExactly("received", "purchase-requested");
        assertThat(newest.get(1).closedAt()).isNotNull();
        assertThat(newest.get(0).openedAt()).as("a store write opens nothing").isNull();
    }

    @EngineTest
    void aStoreUpdateClosesNoShortageAndTheListIsNewestFirstWithinItsLimit(TestDatabase db) {
        InventoryDecisions decisions = new InventoryDecisions(db.dataSource(), Clock.systemUTC());
        decisions.open(step("purchase-requested", "MUG", 3, 7));
        decisions.stored(step("store-updated", "MUG", 2, 9));
        decisions.stored(step("store-updated", "TS-S", 1, 4));

        assertThat(decisions.countOpen()).isEqualTo(1);
        assertThat(decisions.newest(2, null, false)).extracting(InventoryDecision::sku).containsExactly("TS-S", "MUG");
        assertThat(decisions.newest(10, "TS-S", false)).singleElement()
                .satisfies(row -> assertThat(row.quantity()).isEqualTo(4));
        assertThat(decisions.newest(10, null, true)).extracting(InventoryDecision::action)
                .containsExactly("purchase-requested");
    }

    @EngineTest
    void aCancelledRequestClosesItsShortage(TestDatabase db) {
        InventoryDecisions decisions = new InventoryDecisions(db.dataSource(), Clock.systemUTC());
        decisions.open(step("purchase-requested", "MUG", 3, 7));

        decisions.stored(step("request-cancelled", "MUG", 3, 0));

        assertThat(decisions.openShortages(List.of("MUG"))).isEmpty();
        assertThat(decisions.newest(10, "MUG", false)).extracting(InventoryDecision::action)
                .containsExactly("request-cancelled", "purchase-requested");
    }

    @EngineTest
    void theLastStoreWriteOfEachSkuIsFound(TestDatabase db) {
        InventoryDecisions decisions = new InventoryDecisions(db.dataSource(), Clock.systemUTC());
        decisions.stored(step("store-updated", "MUG", 2, 9));
        decisions.open(step("purchase-requested", "MUG", 3, 7));
        decisions.stored(step("received", "MUG", 3, 10));
        decisions.open(step("purchase-requested", "MUG", 3, 7));
        decisions.open(step("purchase-requested", "TS-S", 1, 9));

        assertThat(decisions.lastStoreWrites(List.of("MUG", "TS-S", "CAP"))).containsOnlyKeys("MUG")
                .hasEntrySatisfying("MUG", row -> {
                    assertThat(row.action()).isEqualTo("received");
                    assertThat(row.quantity()).isEqualTo(10);
                });
    }

    private static InventoryStep step(String action, String sku, int store, int quantity) {
        return new InventoryStep(0, action, sku, 7, 0, store, 5, store, quantity, 70);
    }
}

package io.cloudsync.hub.marketsync.orders;

import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.DELIVERED;
import static io.cloudsync.hub.marketsync.mapping.OrderStatusChange.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;

/** The once-per-change memory, on both engines: claims, settling, nothing to send, guides; repeats are no error. */
class StatusBackLedgerTest {

    @EngineTest
    void aChangeIsClaimedThenSettledAndClaimingItAgainChangesNothing(TestDatabase db) {
        StatusBackLedger ledger = new StatusBackLedger(db.dataSource(), Clock.systemUTC());

        ledger.claim(70, SHIPPED, "embarcados");
        assertThat(ledger.of(70).get(SHIPPED).settled()).as("outcome unknown until settled").isFalse();
        ledger.settle(70, SHIPPED);
        ledger.claim(70, SHIPPED, "otra");
        ledger.nothingToSend(70, DELIVERED);
        ledger.nothingToSend(70, DELIVERED);

        assertThat(ledger.of(70).get(SHIPPED))
                .satisfies(sent -> assertThat(sent.settled()).isTrue())
                .satisfies(sent -> assertThat(sent.estatus()).isEqualTo("embarcados"));
        assertThat(ledger.of(70).get(DELIVERED).estatus()).isNull();
        assertThat(ledger.of(71)).isEmpty();
    }

    @EngineTest
    void aGuideIsRecordedOnce(TestDatabase db) {
        StatusBackLedger ledger = new StatusBackLedger(db.dataSource(), Clock.systemUTC());

        ledger.guideApplied(70, 5, "TRK");
        ledger.guideApplied(70, 5, "TRK");

        assertThat(ledger.guideApplied(70, 5)).isTrue();
        assertThat(ledger.guideApplied(70, 6)).isFalse();
    }
}

package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.erp.stock.ReplenishmentRule.Action;
import io.cloudsync.hub.erp.stock.ReplenishmentRule.Decision;
import org.junit.jupiter.api.Test;

class ReplenishmentRuleTest {

    @Test
    void aLineAboveTheThresholdIsLeftAlone() {
        assertThat(ReplenishmentRule.decide(6, 0, 5, null, false)).isEqualTo(new Decision(Action.NONE, 5, 0));
    }

    @Test
    void stockInTrytonTheStoreDoesNotShowIsWrittenToTheStore() {
        assertThat(ReplenishmentRule.decide(5, 12, 5, null, false))
                .isEqualTo(new Decision(Action.STORE_UPDATED, 5, 12));
    }

    @Test
    void withoutMoreInTrytonAPurchaseRequestFillsUpToTwiceTheThreshold() {
        assertThat(ReplenishmentRule.decide(3, 3, 5, null, false))
                .isEqualTo(new Decision(Action.PURCHASE_REQUESTED, 5, 7));
        assertThat(ReplenishmentRule.decide(4, 2, 5, null, false))
                .as("Tryton has less than the store shows: it is what can be sold")
                .isEqualTo(new Decision(Action.PURCHASE_REQUESTED, 5, 8));
    }

    @Test
    void anOrderPointsMinimumOverridesTheThresholdAndItsTargetIsOrderedUpTo() {
        OrderPoint point = new OrderPoint(10, 25);

        assertThat(ReplenishmentRule.decide(8, 8, 5, point, false))
                .isEqualTo(new Decision(Action.PURCHASE_REQUESTED, 10, 17));
        assertThat(ReplenishmentRule.decide(3, 3, 5, new OrderPoint(2, 6), false))
                .isEqualTo(new Decision(Action.NONE, 2, 0));
    }

    @Test
    void aRequestIsForOneUnitAtLeast() {
        assertThat(ReplenishmentRule.decide(0, 0, 0, null, false))
                .isEqualTo(new Decision(Action.PURCHASE_REQUESTED, 0, 1));
        assertThat(ReplenishmentRule.decide(4, 4, 5, new OrderPoint(5, 3), false).quantity()).isEqualTo(1);
    }

    @Test
    void anOpenShortageRaisesNoSecondRequest() {
        assertThat(ReplenishmentRule.decide(3, 3, 5, null, true)).isEqualTo(new Decision(Action.NONE, 5, 0));
        assertThat(ReplenishmentRule.decide(0, 0, 5, null, true).action()).isEqualTo(Action.NONE);
    }

    @Test
    void anOpenShortageIsReceivedWhenTrytonHasMoreThanTheStoreShows() {
        assertThat(ReplenishmentRule.decide(3, 10, 5, null, true)).isEqualTo(new Decision(Action.RECEIVED, 5, 10));
        assertThat(ReplenishmentRule.decide(3, 4, 5, null, true))
                .as("a partial receipt is received too: the store shows it, the shortage closes")
                .isEqualTo(new Decision(Action.RECEIVED, 5, 4));
    }

    @Test
    void actionsAreRecordedByTheirLabels() {
        assertThat(Action.STORE_UPDATED.label()).isEqualTo("store-updated");
        assertThat(Action.PURCHASE_REQUESTED.label()).isEqualTo("purchase-requested");
        assertThat(Action.RECEIVED.label()).isEqualTo("received");
    }
}

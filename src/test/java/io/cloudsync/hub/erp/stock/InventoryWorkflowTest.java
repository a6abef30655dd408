package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.erp.stock.ReplenishmentRule.Action;
import io.cloudsync.hub.erp.stock.ReplenishmentRule.Decision;
import io.cloudsync.hub.model.CanonicalJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InventoryWorkflowTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aStoreWriteThePollHasNotReadBackIsNotMadeAgain() {
        StoreSkuLine stale = line(WRITTEN.minusSeconds(60));

        assertThat(InventoryWorkflow.notReadYet(written(9), stale, new Decision(Action.STORE_UPDATED, 5, 9))).isTrue();
        assertThat(InventoryWorkflow.notReadYet(written(9), stale, new Decision(Action.RECEIVED, 5, 9))).isTrue();
    }

    @Test
    void aNewQuantityANewerReadingOrARequestGoesAhead() {
        StoreSkuLine stale = line(WRITTEN.minusSeconds(60));

        assertThat(InventoryWorkflow.notReadYet(written(9), stale, new Decision(Action.STORE_UPDATED, 5, 12)))
                .isFalse();
        assertThat(InventoryWorkflow.notReadYet(written(9), line(WRITTEN.plusSeconds(1)),
                new Decision(Action.STORE_UPDATED, 5, 9))).as("the store went back to 2 after the write").isFalse();
        assertThat(InventoryWorkflow.notReadYet(null, stale, new Decision(Action.STORE_UPDATED, 5, 9))).isFalse();
        assertThat(InventoryWorkflow.notReadYet(written(7), stale, new Decision(Action.PURCHASE_REQUESTED, 5, 7)))
                .isFalse();
    }

    @Test
    void aStepComesBackFromItsDeadLetterJson() throws Exception {
        InventoryStep step = new InventoryStep(4, "purchase-requested", "MUG", 7, 0, 3, 5, 3, 7, 70);
        InventoryWorkflow workflow = new InventoryWorkflow(null, null, null, null, null, CanonicalJson.mapper(), 5, 100);

        String json = CanonicalJson.mapper().writeValueAsString(step);

        assertThat(workflow.step(json)).isEqualTo(step);
        assertThat(workflow.sku(json)).isEqualTo("MUG");
        assertThat(workflow.writesStore(json)).isFalse();
        assertThat(workflow.writesStore(new InventoryStep(0, "received", "MUG", 7, 0, 3, 5, 9, 9, 70))).isTrue();
    }

    private static StoreSkuLine line(Instant readAt) {
        return new StoreSkuLine("MUG", 7, 0, 2, readAt);
    }

    private static InventoryDecision written(int quantity) {
        return new InventoryDecision(3, "MUG", 7, 0, 2, 5, quantity, "store-updated", quantity, 70, null, null,
                WRITTEN, null, null);
    }
}

package io.cloudsync.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;

class IdCheckpointRepositoryTest {

    @EngineTest
    void aFlowWithoutAPositionHasNone(TestDatabase db) {
        assertThat(new IdCheckpointRepository(db.dataSource()).lastId("marketplace-orders")).isEmpty();
    }

    @EngineTest
    void thePositionMovesForwardOnlyAndPerFlow(TestDatabase db) {
        IdCheckpointRepository positions = new IdCheckpointRepository(db.dataSource());

        positions.advance("marketplace-orders", 135_010);
        positions.advance("marketplace-orders", 135_020);
        positions.advance("marketplace-orders", 135_015);
        positions.advance("other", 7);

        assertThat(positions.lastId("marketplace-orders")).contains(135_020L);
        assertThat(positions.lastId("other")).contains(7L);
    }
}

package io.cloudsync.hub.marketsync.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StockCutoffTest {

    private static final Instant C = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant T = Instant.parse("2026-12-02T06:00:00Z");

    @Test
    void figuresFollowThePendingCutoffDuringAMoveAndTheCurrentOneOtherwise() {
        StockCutoff settled = new StockCutoff(C, null);
        StockCutoff moving = settled.begin(T);

        assertThat(StockCutoff.none().basis()).isEmpty();
        assertThat(settled.basis()).contains(C);
        assertThat(moving.moving()).isTrue();
        assertThat(moving.basis()).contains(T);
        assertThat(moving.completed()).isEqualTo(new StockCutoff(T, null));
    }

    @Test
    void aMoveResumesWithItsTargetAndNoOtherMoveBeginsMeanwhile() {
        StockCutoff moving = new StockCutoff(C, null).begin(T);

        assertThat(moving.begin(T)).isEqualTo(moving);
        assertThatThrownBy(() -> moving.begin(T.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StockCutoff(C, null).completed()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCutoffNeverMovesBack() {
        assertThatThrownBy(() -> new StockCutoff(T, C)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockCutoff(T, null).begin(T)).isInstanceOf(IllegalArgumentException.class);
    }
}

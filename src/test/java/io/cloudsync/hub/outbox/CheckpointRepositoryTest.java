package io.cloudsync.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.logging.SecretRedactor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

class CheckpointRepositoryTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDateTime START = LocalDateTime.parse("2026-03-01T09:55:00");
    private static final LocalDateTime END = LocalDateTime.parse("2026-03-01T11:00:00");

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");

    @EngineTest
    void anUnknownEntityHasNoCheckpoint(TestDatabase db) {
        assertThat(repository(db).find("products")).isEmpty();
    }

    @EngineTest
    void aWindowIsOpenedAdvancedAndCompleted(TestDatabase db) {
        CheckpointRepository checkpoints = repository(db);

        checkpoints.openWindow("products", START, END, MADRID);
        assertThat(checkpoints.advanceOffset("products", 200)).isTrue();

        Checkpoint running = checkpoints.find("products").orElseThrow();
        assertThat(running.hasOpenWindow()).isTrue();
        assertThat(running.windowStart()).isEqualTo(START);
        assertThat(running.windowEnd()).isEqualTo(END);
        assertThat(running.windowOffset()).isEqualTo(200);
        assertThat(running.zone()).isEqualTo(MADRID);
        assertThat(running.status()).isEqualTo(CheckpointStatus.RUNNING);
        assertThat(running.syncedUntil()).isNull();

        clock.advance(Duration.ofMinutes(1));
        assertThat(checkpoints.completeWindow("products")).isTrue();

        Checkpoint done = checkpoints.find("products").orElseThrow();
        assertThat(done.syncedUntil()).isEqualTo(END);
        assertThat(done.hasOpenWindow()).isFalse();
        assertThat(done.windowOffset()).isZero();
        assertThat(done.status()).isEqualTo(CheckpointStatus.IDLE);
        assertThat(done.lastSuccessAt()).isEqualTo(Instant.parse("2026-03-01T10:01:00Z"));
        assertThat(done.updatedAt()).isEqualTo(Instant.parse("2026-03-01T10:01:00Z"));
    }

    @EngineTest
    void openingTheNextWindowKeepsTheCompletedCheckpoint(TestDatabase db) {
        CheckpointRepository checkpoints = repository(db);
        checkpoints.openWindow("products", START, END, MADRID);
        checkpoints.completeWindow("products");

        checkpoints.openWindow("products", END.minusMinutes(5), END.plusHours(1), MADRID);

        Checkpoint next = checkpoints.find("products").orElseThrow();
        assertThat(next.syncedUntil()).isEqualTo(END);
        assertThat(next.windowStart()).isEqualTo(END.minusMinutes(5));
        assertThat(next.windowOffset()).isZero();
    }

    @EngineTest
    void aFailureKeepsTheOpenWindowForTheNextRunAndIsRedacted(TestDatabase db) {
        CheckpointRepository checkpoints = repository(db);
        checkpoints.openWindow("products", START, END, MADRID);
        checkpoints.advanceOffset("products", 100);

        checkpoints.recordFailure("products",
                "GET http://127.0.0.1:8091/api/products?ws_key=0123456789ABCDEF0123456789ABCDEF failed: 500");

        Checkpoint failed = checkpoints.find("products").orElseThrow();
        assertThat(failed.status()).isEqualTo(CheckpointStatus.FAILED);
        assertThat(failed.windowOffset()).isEqualTo(100);
        assertThat(failed.hasOpenWindow()).isTrue();
        assertThat(failed.lastError()).contains("failed: 500").doesNotContain("0123456789ABCDEF");
        assertThat(failed.lastErrorAt()).isEqualTo(clock.instant());
    }

    @EngineTest
    void aFailureOfAnUnknownEntityCreatesItsCheckpoint(TestDatabase db) {
        repository(db).recordFailure("orders", "boom");

        assertThat(repository(db).find("orders").orElseThrow().status()).isEqualTo(CheckpointStatus.FAILED);
    }

    @EngineTest
    void advancingWithoutAnOpenWindowChangesNothing(TestDatabase db) {
        assertThat(repository(db).advanceOffset("stock", 10)).isFalse();
        assertThat(repository(db).find("stock")).isEmpty();
    }

    @EngineTest
    void aFlowWithoutWindowsRecordsItsSuccess(TestDatabase db) {
        assertThat(repository(db).completeWindow("reconcile")).isTrue();

        Checkpoint reconcile = repository(db).find("reconcile").orElseThrow();
        assertThat(reconcile.status()).isEqualTo(CheckpointStatus.IDLE);
        assertThat(reconcile.lastSuccessAt()).isEqualTo(clock.instant());
    }

    @EngineTest
    void saveWritesEveryFieldAndResetForgetsIt(TestDatabase db) {
        CheckpointRepository checkpoints = repository(db);
        Checkpoint saved = new Checkpoint("customers", END, null, null, 0, MADRID, CheckpointStatus.IDLE,
                Instant.parse("2026-02-28T08:00:00Z"), "old error", Instant.parse("2026-02-27T08:00:00Z"), null);

        checkpoints.save(saved);
        checkpoints.save(new Checkpoint("orders", null, null, null, 0, null, CheckpointStatus.IDLE, null, null,
                null, null));

        Checkpoint read = checkpoints.find("customers").orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(saved);
        assertThat(read.updatedAt()).isEqualTo(clock.instant());
        assertThat(checkpoints.findAll()).extracting(Checkpoint::entity).isEqualTo(List.of("customers", "orders"));

        assertThat(checkpoints.reset("customers")).isTrue();
        assertThat(checkpoints.find("customers")).isEmpty();
    }

    private CheckpointRepository repository(TestDatabase db) {
        return new CheckpointRepository(db.dataSource(), SecretRedactor.none(), clock);
    }
}

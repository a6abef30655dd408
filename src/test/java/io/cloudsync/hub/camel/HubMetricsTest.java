package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.deadletter.DeadLetterFailure;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.db.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubMetricsTest {

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void deadLettersLagAndWaitingChangeSetsAreGauges() {
        SecretRedactor redactor = SecretRedactor.forConfiguration(Map.of());
        Instant completed = Instant.parse("2026-03-01T10:00:00Z");
        CheckpointRepository checkpoints = new CheckpointRepository(db.dataSource(), redactor,
                Clock.fixed(completed, ZoneOffset.UTC));
        checkpoints.completeWindow("products");
        DeadLetterRepository letters = new DeadLetterRepository(db.dataSource(), redactor);
        letters.record(new DeadLetterFailure("r", "marketsync", "k1", null, null, "{}", Map.of(), "E", "m", 1));
        letters.record(new DeadLetterFailure("r", "marketsync", "k2", null, null, "{}", Map.of(), "E", "m", 1));
        ChangeOutbox outbox = new ChangeOutbox(db.dataSource());
        outbox.add("stock", "stock", List.of("1", "2"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new HubMetrics(letters, checkpoints, outbox, Clock.fixed(completed.plus(Duration.ofSeconds(90)),
                ZoneOffset.UTC)).bindTo(registry);

        assertThat(registry.get("hub.dead.letters").tag("status", "pending").gauge().value()).isEqualTo(2.0);
        assertThat(registry.get("hub.dead.letters").tag("status", "discarded").gauge().value()).isZero();
        assertThat(registry.get("hub.sync.lag.seconds").tag("flow", "products").gauge().value()).isEqualTo(90.0);
        assertThat(registry.get("hub.sync.lag.seconds").tag("flow", "stock").gauge().value()).isEqualTo(-1.0);
        assertThat(registry.get("hub.outbox.pending").tag("flow", "stock").gauge().value()).isEqualTo(1.0);
    }
}

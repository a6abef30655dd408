package io.cloudsync.hub.api;

import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.Checkpoint;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.logging.SecretRedactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/admin/sync-status}: per flow its checkpoint, open window, status, last success, lag and last
 * error (redacted) and the change sets waiting for their sinks; dead letters by status; mirrored records.
 */
public final class SyncStatus {

    /** Flows always listed, even before their first run; flows of other checkpoints are added. */
    static final List<String> FLOWS = List.of("products", "stock", "reconcile");

    private final CheckpointRepository checkpoints;
    private final ChangeOutbox outbox;
    private final DeadLetterRepository deadLetters;
    private final MirrorRepository mirror;
    private final SecretRedactor redactor;
    private final Clock clock;

    public record Window(LocalDateTime start, LocalDateTime end, int offset) {
    }

    public record Flow(String flow, String status, LocalDateTime syncedUntil, String zone, Window openWindow,
                       Instant lastSuccessAt, Long lagSeconds, String lastError, Instant lastErrorAt,
                       long changeSetsWaiting) {
    }

    public record Report(Instant at, List<Flow> flows, Map<String, Long> deadLetters, Map<String, Long> mirror) {
    }

    public SyncStatus(CheckpointRepository checkpoints, ChangeOutbox outbox, DeadLetterRepository deadLetters,
                      MirrorRepository mirror, SecretRedactor redactor, Clock clock) {
        this.checkpoints = checkpoints;
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.mirror = mirror;
        this.redactor = redactor;
        this.clock = clock;
    }

    public Report report() {
        Instant now = clock.instant();
        Map<String, Checkpoint> byFlow = new LinkedHashMap<>();
        checkpoints.findAll().forEach(checkpoint -> byFlow.put(checkpoint.entity(), checkpoint));
        Set<String> flows = new LinkedHashSet<>(FLOWS);
        flows.addAll(byFlow.keySet());
        List<Flow> report = new ArrayList<>();
        for (String flow : flows) {
            report.add(flow(flow, byFlow.get(flow), now));
        }
        Map<String, Long> letters = new LinkedHashMap<>();
        deadLetters.countByStatus().forEach((status, count) -> letters.put(status.column(), count));
        for (DeadLetterStatus status : DeadLetterStatus.values()) {
            letters.putIfAbsent(status.column(), 0L);
        }
        return new Report(now, report, letters, mirror.countLiveByEntity());
    }

    private Flow flow(String flow, Checkpoint checkpoint, Instant now) {
        long waiting = outbox.pendingCount(flow);
        if (checkpoint == null) {
            return new Flow(flow, "never_run", null, null, null, null, null, null, null, waiting);
        }
        Window window = checkpoint.hasOpenWindow()
                ? new Window(checkpoint.windowStart(), checkpoint.windowEnd(), checkpoint.windowOffset()) : null;
        Long lag = checkpoint.lastSuccessAt() == null ? null
                : Math.max(0, Duration.between(checkpoint.lastSuccessAt(), now).toSeconds());
        return new Flow(flow, checkpoint.status().name().toLowerCase(java.util.Locale.ROOT), checkpoint.syncedUntil(),
                checkpoint.zone() == null ? null : checkpoint.zone().getId(), window, checkpoint.lastSuccessAt(), lag,
                redactor.text(checkpoint.lastError()), checkpoint.lastErrorAt(), waiting);
    }
}

package io.cloudsync.hub.outbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One ingest flow's checkpoint. Shop-local times ({@code syncedUntil}, the window) are in {@code zone};
 * {@code windowOffset} counts the records of the open window already written and delivered.
 */
public record Checkpoint(
        String entity,
        LocalDateTime syncedUntil,
        LocalDateTime windowStart,
        LocalDateTime windowEnd,
        int windowOffset,
        ZoneId zone,
        CheckpointStatus status,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt,
        Instant updatedAt) {

    /** A window was opened and not completed: the next run resumes it at {@link #windowOffset()}. */
    public boolean hasOpenWindow() {
        return windowStart != null && windowEnd != null;
    }
}

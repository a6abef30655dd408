package io.cloudsync.hub.deadletter;

import java.time.Instant;

/** A dead letter as listed (without body and headers). */
public record DeadLetterSummary(
        long id,
        DeadLetterStatus status,
        String routeId,
        String sink,
        String messageKey,
        String errorClass,
        String errorMessage,
        int attempts,
        Instant firstFailure,
        Instant lastFailure,
        Instant replayedAt) {
}

package io.cloudsync.hub.deadletter;

import java.time.Instant;
import java.util.Map;

/** A stored dead letter, with secrets already removed. */
public record DeadLetter(
        long id,
        String dedupeKey,
        DeadLetterStatus status,
        String routeId,
        String sink,
        String messageKey,
        String endpointUri,
        String failedEndpointUri,
        String body,
        Map<String, String> headers,
        String errorClass,
        String errorMessage,
        int attempts,
        Instant firstFailure,
        Instant lastFailure,
        Instant replayedAt) {
}

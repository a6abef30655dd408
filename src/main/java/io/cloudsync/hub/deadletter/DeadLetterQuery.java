package io.cloudsync.hub.deadletter;

import java.time.Instant;

/** Filters for listing dead letters; null means "any". Newest failures first, at most {@code limit}. */
public record DeadLetterQuery(
        DeadLetterStatus status,
        String sink,
        String routeId,
        Instant failedBefore,
        Instant failedAfter,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;

    public static DeadLetterQuery any() {
        return new DeadLetterQuery(null, null, null, null, null, DEFAULT_LIMIT);
    }

    public DeadLetterQuery withStatus(DeadLetterStatus value) {
        return new DeadLetterQuery(value, sink, routeId, failedBefore, failedAfter, limit);
    }

    public DeadLetterQuery withSink(String value) {
        return new DeadLetterQuery(status, value, routeId, failedBefore, failedAfter, limit);
    }

    public DeadLetterQuery withRouteId(String value) {
        return new DeadLetterQuery(status, sink, value, failedBefore, failedAfter, limit);
    }

    /** Only dead letters whose last failure is older than this instant (e.g. now minus an age). */
    public DeadLetterQuery failedBefore(Instant value) {
        return new DeadLetterQuery(status, sink, routeId, value, failedAfter, limit);
    }

    public DeadLetterQuery failedAfter(Instant value) {
        return new DeadLetterQuery(status, sink, routeId, failedBefore, value, limit);
    }

    public DeadLetterQuery withLimit(int value) {
        return new DeadLetterQuery(status, sink, routeId, failedBefore, failedAfter, value);
    }
}

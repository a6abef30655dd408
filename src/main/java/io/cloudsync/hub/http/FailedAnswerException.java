package io.cloudsync.hub.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A remote side (the store, MarketSync) answered with a failure: its HTTP status (0 when the body was the problem)
 * decides whether trying again can help, and its {@code Retry-After}, if any, how long to wait.
 */
public abstract class FailedAnswerException extends RuntimeException implements Retryable {

    private final int status;
    private final Duration retryAfter;

    protected FailedAnswerException(int status, String message, Duration retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** A 0 status (no usable answer: a body that is not JSON) counts as transient: the next try may be whole. */
    @Override
    public boolean isTransient() {
        return Retryable.isTransientStatus(status);
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The HTTP status, or 0 when the body was the problem. */
    public int status() {
        return status;
    }
}

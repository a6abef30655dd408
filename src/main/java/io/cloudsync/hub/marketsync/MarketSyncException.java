package io.cloudsync.hub.marketsync;

import io.cloudsync.hub.http.Retryable;
import java.time.Duration;
import java.util.Optional;

/** MarketSync answered with a failure (non-2xx, or an {@code error} inside {@code answer}). Safe to log. */
public class MarketSyncException extends RuntimeException implements Retryable {

    private final int status;
    private final Duration retryAfter;

    public MarketSyncException(int status, String message) {
        this(status, message, null);
    }

    public MarketSyncException(int status, String message, Duration retryAfter) {
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

    public int status() {
        return status;
    }
}

package io.cloudsync.hub.store;

import io.cloudsync.hub.http.Retryable;
import java.time.Duration;
import java.util.Optional;

/** The store answered, but not with what was asked for. The message is safe to log (no key). */
public class StoreException extends RuntimeException implements Retryable {

    private final int status;
    private final Duration retryAfter;
    private final String detail;

    public StoreException(int status, String message) {
        this(status, message, null);
    }

    public StoreException(int status, String message, Duration retryAfter) {
        this(status, message, retryAfter, null);
    }

    /** @param detail what the store itself said (its error messages), when it said anything readable */
    public StoreException(int status, String message, Duration retryAfter, String detail) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
        this.detail = detail;
    }

    /** The store's own error messages ("Validation error: …"), or the message when it sent none. */
    public String detail() {
        return detail == null || detail.isBlank() ? getMessage() : detail;
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

package io.cloudsync.hub.store;

import io.cloudsync.hub.http.FailedAnswerException;
import java.time.Duration;

/** The store answered, but not with what was asked for. The message is safe to log (no key). */
public class StoreException extends FailedAnswerException {

    private final String detail;

    public StoreException(int status, String message) {
        this(status, message, null);
    }

    public StoreException(int status, String message, Duration retryAfter) {
        this(status, message, retryAfter, null);
    }

    /** @param detail what the store itself said (its error messages), when it said anything readable */
    public StoreException(int status, String message, Duration retryAfter, String detail) {
        super(status, message, retryAfter);
        this.detail = detail;
    }

    /** The store's own error messages ("Validation error: …"), or the message when it sent none. */
    public String detail() {
        return detail == null || detail.isBlank() ? getMessage() : detail;
    }
}

package io.cloudsync.hub.erp.tryton;

import io.cloudsync.hub.http.Retryable;
import java.time.Duration;
import java.util.Optional;

/**
 * Tryton did not do what a call asked. A refusal (a user error: a required field, a rule, a missing access right)
 * fails the same way when tried again; a lost session, a busy database or a server that does not answer may not.
 */
public final class TrytonException extends RuntimeException implements Retryable {

    public enum Kind {
        /** Tryton refused the call itself: not worth a retry. */
        REFUSED,
        /** The session is unknown or expired: the hub logs in again and retries. */
        SESSION,
        /** The server or its database could not answer now (5xx, locked, concurrent update). */
        UNAVAILABLE
    }

    private final Kind kind;

    public TrytonException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public boolean isTransient() {
        return kind != Kind.REFUSED;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}

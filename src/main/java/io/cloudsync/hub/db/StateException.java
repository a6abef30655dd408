package io.cloudsync.hub.db;

/** A state-database operation failed; wraps the {@link java.sql.SQLException} so callers need not. */
public final class StateException extends RuntimeException {

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}

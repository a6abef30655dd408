package io.cloudsync.hub.store;

/** The store answered, but not with what was asked for. The message is safe to log (no key). */
public class StoreException extends RuntimeException {

    private final int status;

    public StoreException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when the body was the problem. */
    public int status() {
        return status;
    }
}

package io.cloudsync.hub.marketsync;

/** MarketSync answered with a failure (non-2xx, or an {@code error} inside {@code answer}). Safe to log. */
public class MarketSyncException extends RuntimeException {

    private final int status;

    public MarketSyncException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

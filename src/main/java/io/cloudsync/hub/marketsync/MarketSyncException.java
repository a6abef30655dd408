package io.cloudsync.hub.marketsync;

import io.cloudsync.hub.http.FailedAnswerException;
import java.time.Duration;

/** MarketSync answered with a failure (non-2xx, or an {@code error} inside {@code answer}). Safe to log. */
public class MarketSyncException extends FailedAnswerException {

    public MarketSyncException(int status, String message) {
        this(status, message, null);
    }

    public MarketSyncException(int status, String message, Duration retryAfter) {
        super(status, message, retryAfter);
    }
}

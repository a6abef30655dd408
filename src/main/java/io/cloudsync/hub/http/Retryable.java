package io.cloudsync.hub.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure that says whether trying again can help (a timeout, 429, 5xx — not a 4xx rejection) and how long
 * the other side asked to wait ({@code Retry-After}). The retry policy in the route configurations reads it.
 */
public interface Retryable {

    boolean isTransient();

    Optional<Duration> retryAfter();

    /** Transient statuses: none (no answer), 408, 425, 429 and every 5xx. */
    static boolean isTransientStatus(int status) {
        return status == 0 || status == 408 || status == 425 || status == 429 || status >= 500;
    }
}

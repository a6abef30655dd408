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

    /** The first {@link Retryable} in the cause chain decides; anything else unexpected is worth a retry. */
    static boolean isTransient(Throwable failure) {
        return find(failure).map(Retryable::isTransient).orElse(!(failure instanceof IllegalArgumentException));
    }

    /** The wait the first {@link Retryable} in the cause chain asked for. */
    static Optional<Duration> retryAfter(Throwable failure) {
        return find(failure).flatMap(Retryable::retryAfter);
    }

    private static Optional<Retryable> find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Retryable retryable) {
                return Optional.of(retryable);
            }
        }
        return Optional.empty();
    }

    /** Transient statuses: none (no answer), 408, 425, 429 and every 5xx. */
    static boolean isTransientStatus(int status) {
        return status == 0 || status == 408 || status == 425 || status == 429 || status >= 500;
    }
}

package io.cloudsync.hub.camel;

import io.cloudsync.hub.http.Retryable;
import java.time.Duration;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * Bean {@code retryPolicy}, the {@code retryWhileRef} of the shared error handling: a failure is tried again
 * only while trying again can help — a timeout, a dropped connection, 429 or 5xx — and at most
 * {@code hub.retry.max-attempts} times. A rejection (4xx, an invalid record) goes to the dead letters at once.
 */
public final class RetryPolicy implements Predicate {

    private final int maxRedeliveries;

    public RetryPolicy(int maxRedeliveries) {
        this.maxRedeliveries = maxRedeliveries;
    }

    @Override
    public boolean matches(Exchange exchange) {
        // Camel counts the redelivery it is deciding on before asking: the first ask sees 1.
        int redelivery = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 1, Integer.class);
        return redelivery <= maxRedeliveries && isTransient(failure(exchange));
    }

    static Throwable failure(Exchange exchange) {
        Throwable caught = exchange.getException();
        return caught != null ? caught : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }

    static boolean isTransient(Throwable failure) {
        return Retryable.isTransient(failure);
    }

    static Optional<Duration> retryAfter(Throwable failure) {
        return Retryable.retryAfter(failure);
    }
}

package io.cloudsync.hub.camel;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Bean {@code redeliveryTracker}, the error handlers' {@code onRedeliveryRef}. It keeps the number of deliveries
 * tried in an exchange property (the redelivery counter header cannot be used at the dead-letter end:
 * {@code useOriginalMessage} puts back the original message, without the headers added since), and honours
 * {@code Retry-After}: when the failed call was told to wait longer than the backoff already waited, it waits
 * the rest (never more than the policy's maximum delay).
 */
public final class RedeliveryTracker implements Processor {

    /** Deliveries tried so far, the first one included. */
    public static final String ATTEMPTS_PROPERTY = "HubDeliveryAttempts";

    private final Duration maxWait;

    public RedeliveryTracker(Duration maxWait) {
        this.maxWait = maxWait;
    }

    public RedeliveryTracker() {
        this(Duration.ofMinutes(1));
    }

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        int redeliveries = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        exchange.setProperty(ATTEMPTS_PROPERTY, redeliveries + 1);
        long rest = restToWait(exchange);
        if (rest > 0) {
            Thread.sleep(rest);
        }
    }

    /** Milliseconds still to wait: what Retry-After asked (at most the maximum delay) less the backoff waited. */
    long restToWait(Exchange exchange) {
        Duration asked = RetryPolicy.retryAfter(RetryPolicy.failure(exchange)).orElse(Duration.ZERO);
        long waited = exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY, 0L, Long.class);
        return Math.max(0, Math.min(asked.toMillis(), maxWait.toMillis()) - waited);
    }

    /** What the dead-letter end reads: 1 when no redelivery happened. */
    static int attempts(Exchange exchange) {
        return exchange.getProperty(ATTEMPTS_PROPERTY, 1, Integer.class);
    }
}

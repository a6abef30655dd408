package io.cloudsync.hub.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Bean {@code redeliveryTracker}, the dead-letter channel's {@code onRedeliveryRef}: keeps the number of
 * deliveries tried in an exchange property. The redelivery counter header cannot be used at the dead-letter
 * end: {@code useOriginalMessage} puts back the original message, without the headers added since.
 */
public final class RedeliveryTracker implements Processor {

    /** Deliveries tried so far, the first one included. */
    public static final String ATTEMPTS_PROPERTY = "HubDeliveryAttempts";

    @Override
    public void process(Exchange exchange) {
        int redeliveries = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        exchange.setProperty(ATTEMPTS_PROPERTY, redeliveries + 1);
    }

    /** What the dead-letter end reads: 1 when no redelivery happened. */
    static int attempts(Exchange exchange) {
        return exchange.getProperty(ATTEMPTS_PROPERTY, 1, Integer.class);
    }
}

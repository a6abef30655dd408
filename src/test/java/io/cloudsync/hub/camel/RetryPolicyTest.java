package io.cloudsync.hub.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.http.TransportException;
import io.cloudsync.hub.marketsync.MarketSyncException;
import io.cloudsync.hub.store.StoreException;
import java.io.IOException;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3);

    @Test
    void transientFailuresAreRetriedUpToTheLimit() {
        assertThat(policy.matches(failed(new MarketSyncException(503, "down"), 1))).isTrue();
        assertThat(policy.matches(failed(new MarketSyncException(429, "slow down", Duration.ofSeconds(2)), 3)))
                .isTrue();
        assertThat(policy.matches(failed(new TransportException("refused", null), 2))).isTrue();
        assertThat(policy.matches(failed(new IOException("reset"), 1))).as("unknown: worth a retry").isTrue();
        assertThat(policy.matches(failed(new MarketSyncException(503, "down"), 4))).isFalse();
    }

    @Test
    void rejectionsAreNotRetried() {
        assertThat(policy.matches(failed(new MarketSyncException(400, "nombre too long"), 1))).isFalse();
        assertThat(policy.matches(failed(new StoreException(404, "gone"), 1))).isFalse();
        assertThat(policy.matches(failed(new IllegalArgumentException("bad input"), 1))).isFalse();
        assertThat(policy.matches(failed(new RuntimeException("wrapped", new StoreException(401, "key")), 1)))
                .as("the first Retryable in the cause chain decides").isFalse();
    }

    @Test
    void theWaitAFailureAskedForIsFound() {
        assertThat(RetryPolicy.retryAfter(new RuntimeException(new MarketSyncException(429, "x", Duration.ofSeconds(7)))))
                .contains(Duration.ofSeconds(7));
        assertThat(RetryPolicy.retryAfter(new IOException("x"))).isEmpty();
    }

    @Test
    void theTrackerWaitsWhatRetryAfterAskedBeyondTheBackoff() throws Exception {
        RedeliveryTracker tracker = new RedeliveryTracker(Duration.ofMillis(300));
        Exchange exchange = failed(new MarketSyncException(429, "x", Duration.ofSeconds(5)), 1);
        exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, 100L);

        assertThat(tracker.restToWait(exchange)).as("capped at the maximum delay, minus the backoff already waited")
                .isEqualTo(200);
        exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, 400L);
        assertThat(tracker.restToWait(exchange)).isZero();
        tracker.process(exchange);
        assertThat(exchange.getProperty(RedeliveryTracker.ATTEMPTS_PROPERTY)).isEqualTo(2);
    }

    private static Exchange failed(Exception failure, int redelivery) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, failure);
        exchange.getMessage().setHeader(Exchange.REDELIVERY_COUNTER, redelivery);
        return exchange;
    }
}

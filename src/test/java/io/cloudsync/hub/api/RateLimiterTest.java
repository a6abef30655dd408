package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-client limits of the guard: requests a minute (Resilience4j rate limiter) and in flight (bulkhead). */
class RateLimiterTest {

    private final KeyedRateLimiter limiter = KeyedRateLimiter.perMinute("client-calls", 60);

    @Test
    void upToTheRateAMinuteThenAWaitOfAtMostTheMinute() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire("a")).isEmpty();
        }
        assertThat(limiter.tryAcquire("a").orElseThrow()).isBetween(1L, 60L);
        assertThat(limiter.tryAcquire("a")).as("still refused").isPresent();
        assertThat(limiter.tryAcquire("b")).as("each client has its own allowance").isEmpty();
    }

    @Test
    void aPermitIsReleasedOnce() {
        ConcurrencyLimiter concurrency = new ConcurrencyLimiter(1);
        ConcurrencyLimiter.Permit permit = concurrency.tryAcquire("a").orElseThrow();
        assertThat(concurrency.tryAcquire("a")).isEmpty();
        assertThat(concurrency.inFlight("a")).isEqualTo(1);
        assertThat(concurrency.tryAcquire("b")).as("another client").isPresent();

        permit.release();
        permit.release();

        assertThat(concurrency.inFlight("a")).isZero();
        assertThat(concurrency.tryAcquire("a")).isPresent();
        assertThat(concurrency.tryAcquire("a")).isEmpty();
    }
}

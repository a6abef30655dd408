package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(60, nanos::get);

    @Test
    void aBurstUpToTheRateThenOneRequestPerRefill() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire("a")).isEmpty();
        }
        assertThat(limiter.tryAcquire("a")).isEqualTo(OptionalLong.of(1));
        assertThat(limiter.tryAcquire("b")).as("each client has its own bucket").isEmpty();

        nanos.addAndGet(1_000_000_000L);

        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
    }

    @Test
    void retryAfterIsTheWaitForTheNextToken() {
        RateLimiter slow = new RateLimiter(2, nanos::get);
        slow.tryAcquire("a");
        slow.tryAcquire("a");

        assertThat(slow.tryAcquire("a")).isEqualTo(OptionalLong.of(30));
        nanos.addAndGet(20_000_000_000L);
        assertThat(slow.tryAcquire("a")).isEqualTo(OptionalLong.of(10));
    }

    @Test
    void aPermitIsReleasedOnce() {
        ConcurrencyLimiter concurrency = new ConcurrencyLimiter(1);
        ConcurrencyLimiter.Permit permit = concurrency.tryAcquire("a").orElseThrow();
        assertThat(concurrency.tryAcquire("a")).isEmpty();

        permit.release();
        permit.release();

        assertThat(concurrency.inFlight("a")).isZero();
        assertThat(concurrency.tryAcquire("a")).isPresent();
        assertThat(concurrency.tryAcquire("a")).isEmpty();
    }
}

package io.cloudsync.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Allowances per key: each key its own, spent ones tell the wait, and checking takes nothing. */
class KeyedRateLimiterTest {

    private final KeyedRateLimiter limiter = KeyedRateLimiter.perMinute("test", 3);

    @Test
    void eachKeyHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
        }
        assertThat(limiter.tryAcquire("10.0.0.1").orElseThrow()).isBetween(1L, 60L);
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another key").isEmpty();
    }

    @Test
    void spentTakesNothingAndTellsTheWaitOnceTheAllowanceIsGone() {
        assertThat(limiter.spent("10.0.0.1")).as("a key never seen").isEmpty();
        limiter.tryAcquire("10.0.0.1");
        limiter.tryAcquire("10.0.0.1");
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.spent("10.0.0.1")).isEmpty();
        }
        limiter.tryAcquire("10.0.0.1");
        assertThat(limiter.spent("10.0.0.1").orElseThrow()).isBetween(1L, 60L);
    }

    @Test
    void aBoundedNumberOfKeysIsKeptSoMadeUpKeysCannotGrowMemory() {
        KeyedRateLimiter small = new KeyedRateLimiter("test", 1, Duration.ofMinutes(1), 10);
        for (int i = 0; i < 1000; i++) {
            small.tryAcquire("key-" + i);
        }
        assertThat(small.size()).isLessThanOrEqualTo(10);
    }
}

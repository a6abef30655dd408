package io.cloudsync.hub.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * At most {@code perPeriod} events a period per key (a remote address, a token id): each key has its own
 * Resilience4j rate limiter (a fixed allowance renewed every period, never waiting). The keys live in a Caffeine
 * cache that holds at most {@code maxKeys} of them and forgets a key idle for two periods (its allowance is whole
 * again by then), so callers inventing keys cannot grow the hub's memory. Over the allowance, the caller learns
 * after how many seconds one more event is allowed.
 */
public final class KeyedRateLimiter {

    /** Keys remembered at most by default: far more than the addresses and tokens in use at once. */
    public static final int MAX_KEYS = 100_000;

    private final String name;
    private final RateLimiterConfig config;
    private final Cache<String, AtomicRateLimiter> limiters;

    public KeyedRateLimiter(String name, int perPeriod, Duration period, int maxKeys) {
        if (perPeriod <= 0) {
            throw new IllegalArgumentException("the limit of " + name + " must be above 0 a period");
        }
        this.name = name;
        this.config = RateLimiterConfig.custom().limitForPeriod(perPeriod).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
        this.limiters = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(period.multipliedBy(2)).build();
    }

    /** {@code perMinute} events a minute per key, at most {@link #MAX_KEYS} keys. */
    public static KeyedRateLimiter perMinute(String name, int perMinute) {
        return new KeyedRateLimiter(name, perMinute, Duration.ofMinutes(1), MAX_KEYS);
    }

    /** Takes one event from the key's allowance: empty when there was one, else the seconds to wait. */
    public OptionalLong tryAcquire(String key) {
        AtomicRateLimiter limiter = limiters.get(key, k -> new AtomicRateLimiter(name, config));
        return limiter.acquirePermission() ? OptionalLong.empty() : OptionalLong.of(secondsToWait(limiter));
    }

    /** Whether the key's allowance is spent, taking nothing from it: empty when not, else the seconds to wait. */
    public OptionalLong spent(String key) {
        AtomicRateLimiter limiter = limiters.getIfPresent(key);
        if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(secondsToWait(limiter));
    }

    /** Keys remembered now (after pending evictions). */
    long size() {
        limiters.cleanUp();
        return limiters.estimatedSize();
    }

    private static long secondsToWait(AtomicRateLimiter limiter) {
        long nanos = limiter.getDetailedMetrics().getNanosToWait();
        return Math.max(1, (long) Math.ceil(nanos / 1_000_000_000d));
    }
}

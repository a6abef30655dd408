package io.cloudsync.hub.api;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute, refilled continuously, with bursts of up to
 * {@code perMinute}. Over it, the caller learns after how many seconds a request would be accepted again.
 */
public final class RateLimiter {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, LongSupplier nanoTime) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("the rate limit must be above 0 requests a minute");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the client's bucket: empty when accepted, else the seconds to wait. */
    public OptionalLong tryAcquire(String clientId) {
        return buckets.computeIfAbsent(clientId, id -> new Bucket(perMinute, nanoTime.getAsLong()))
                .take(nanoTime.getAsLong());
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized OptionalLong take(long now) {
            double perNano = (double) perMinute / NANOS_PER_MINUTE;
            tokens = Math.min(perMinute, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double waitNanos = (1 - tokens) / perNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(waitNanos / 1_000_000_000d)));
        }
    }
}

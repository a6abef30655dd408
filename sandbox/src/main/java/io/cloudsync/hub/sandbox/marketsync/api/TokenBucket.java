package io.cloudsync.hub.sandbox.marketsync.api;

import java.util.function.LongSupplier;

/** Rate limit: {@code perSecond} tokens a second, bursts up to one second's worth; 0 means no limit. */
final class TokenBucket {

    private static final long SECOND = 1_000_000_000L;

    private final int perSecond;
    private final LongSupplier nanoTime;
    private double tokens;
    private long last;

    TokenBucket(int perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
        this.tokens = perSecond;
        this.last = nanoTime.getAsLong();
    }

    int perSecond() {
        return perSecond;
    }

    /** Takes a token; returns 0 when one was available, else the whole seconds to wait before retrying (≥ 1). */
    synchronized long tryAcquire() {
        if (perSecond <= 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        tokens = Math.min(perSecond, tokens + (now - last) * (double) perSecond / SECOND);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double waitSeconds = (1 - tokens) / perSecond;
        return Math.max(1, (long) Math.ceil(waitSeconds));
    }
}

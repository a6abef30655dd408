package io.cloudsync.hub.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most {@code perClient} requests of one client (or of one other key: the dashboard's callers are counted per
 * address) in flight, each key with its own Resilience4j bulkhead that never waits; each accepted request holds a
 * {@link Permit}. Keys unused for {@link #IDLE} are forgotten and at most {@link KeyedRateLimiter#MAX_KEYS} are
 * kept, so that keys made of addresses cannot grow memory.
 */
public final class ConcurrencyLimiter {

    static final Duration IDLE = Duration.ofMinutes(10);

    private final int perClient;
    private final BulkheadConfig config;
    private final Cache<String, Bulkhead> inFlight = Caffeine.newBuilder().maximumSize(KeyedRateLimiter.MAX_KEYS)
            .expireAfterAccess(IDLE).build();

    public ConcurrencyLimiter(int perClient) {
        if (perClient <= 0) {
            throw new IllegalArgumentException("the concurrency limit must be above 0");
        }
        this.perClient = perClient;
        this.config = BulkheadConfig.custom().maxConcurrentCalls(perClient).maxWaitDuration(Duration.ZERO).build();
    }

    /** A permit, or empty when the client already has {@code perClient} requests in flight. */
    public Optional<Permit> tryAcquire(String clientId) {
        Bulkhead bulkhead = inFlight.get(clientId, id -> Bulkhead.of("api-in-flight", config));
        return bulkhead.tryAcquirePermission() ? Optional.of(new Permit(bulkhead)) : Optional.empty();
    }

    /** Requests of this client in flight now. */
    public int inFlight(String clientId) {
        Bulkhead bulkhead = inFlight.getIfPresent(clientId);
        return bulkhead == null ? 0 : perClient - bulkhead.getMetrics().getAvailableConcurrentCalls();
    }

    /** Released once, however often {@link #release()} is called (completion and failure both release). */
    public static final class Permit {
        private final Bulkhead bulkhead;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Bulkhead bulkhead) {
            this.bulkhead = bulkhead;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                bulkhead.onComplete();
            }
        }
    }
}

package io.cloudsync.hub.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most {@code perClient} requests of one client (or of one other key: the dashboard's callers are counted per
 * address) in flight; each accepted request holds a {@link Permit}. Keys unused for {@link #IDLE} are forgotten and
 * at most {@link KeyedRateLimiter#MAX_KEYS} are kept, so that keys made of addresses cannot grow memory.
 */
public final class ConcurrencyLimiter {

    static final Duration IDLE = Duration.ofMinutes(10);

    private final int perClient;
    private final Cache<String, Semaphore> inFlight = Caffeine.newBuilder().maximumSize(KeyedRateLimiter.MAX_KEYS)
            .expireAfterAccess(IDLE).build();

    public ConcurrencyLimiter(int perClient) {
        if (perClient <= 0) {
            throw new IllegalArgumentException("the concurrency limit must be above 0");
        }
        this.perClient = perClient;
    }

    /** A permit, or empty when the client already has {@code perClient} requests in flight. */
    public Optional<Permit> tryAcquire(String clientId) {
        Semaphore permits = inFlight.get(clientId, id -> new Semaphore(perClient));
        return permits.tryAcquire() ? Optional.of(new Permit(permits)) : Optional.empty();
    }

    /** Requests of this client in flight now. */
    public int inFlight(String clientId) {
        Semaphore permits = inFlight.getIfPresent(clientId);
        return permits == null ? 0 : perClient - permits.availablePermits();
    }

    /** Released once, however often {@link #release()} is called (completion and failure both release). */
    public static final class Permit {
        private final Semaphore permits;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Semaphore permits) {
            this.permits = permits;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }
}

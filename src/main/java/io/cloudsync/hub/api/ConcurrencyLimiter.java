package io.cloudsync.hub.api;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/** At most {@code perClient} requests of one client in flight; each accepted request holds a {@link Permit}. */
public final class ConcurrencyLimiter {

    private final int perClient;
    private final Map<String, Semaphore> inFlight = new ConcurrentHashMap<>();

    public ConcurrencyLimiter(int perClient) {
        if (perClient <= 0) {
            throw new IllegalArgumentException("the concurrency limit must be above 0");
        }
        this.perClient = perClient;
    }

    /** A permit, or empty when the client already has {@code perClient} requests in flight. */
    public Optional<Permit> tryAcquire(String clientId) {
        Semaphore permits = inFlight.computeIfAbsent(clientId, id -> new Semaphore(perClient));
        return permits.tryAcquire() ? Optional.of(new Permit(permits)) : Optional.empty();
    }

    /** Requests of this client in flight now. */
    public int inFlight(String clientId) {
        Semaphore permits = inFlight.get(clientId);
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

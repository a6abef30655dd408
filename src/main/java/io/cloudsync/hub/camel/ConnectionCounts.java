package io.cloudsync.hub.camel;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The API port's connections, for {@code /observe/metrics}: open now, refused at the cap, and closed for sending
 * their headers or body too slowly. Outlives the server it counts for (one per hub process).
 */
public final class ConnectionCounts {

    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong headerTimeouts = new AtomicLong();
    private final AtomicLong bodyTimeouts = new AtomicLong();

    /** Counts a new connection in unless {@code max} are open already; false: it must be closed at once. */
    boolean admit(int max) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            refused.incrementAndGet();
            return false;
        }
        return true;
    }

    void closed() {
        open.decrementAndGet();
    }

    void headerTimedOut() {
        headerTimeouts.incrementAndGet();
    }

    void bodyTimedOut() {
        bodyTimeouts.incrementAndGet();
    }

    public int open() {
        return open.get();
    }

    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hub.api.connections.open", open, AtomicInteger::get)
                .description("Connections open on the API port").strongReference(true).register(registry);
        FunctionCounter.builder("hub.api.connections.refused", refused, AtomicLong::get)
                .description("Connections closed at once because hub.api.max-connections were open")
                .register(registry);
        FunctionCounter.builder("hub.api.connections.timed.out", headerTimeouts, AtomicLong::get).tag("part", "headers")
                .description("Connections closed for not sending a request's headers or body in time")
                .register(registry);
        FunctionCounter.builder("hub.api.connections.timed.out", bodyTimeouts, AtomicLong::get).tag("part", "body")
                .description("Connections closed for not sending a request's headers or body in time")
                .register(registry);
    }
}

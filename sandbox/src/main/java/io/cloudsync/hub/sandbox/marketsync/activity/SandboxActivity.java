package io.cloudsync.hub.sandbox.marketsync.activity;

import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What happens on the marketplaces by itself: products going live once their publication delay has passed (checked
 * every {@value #PUBLICATION_CHECK_MS} ms) and orders arriving (and now and then cancelled) at {@code ordersPerMinute}.
 */
public final class SandboxActivity implements AutoCloseable {

    static final long PUBLICATION_CHECK_MS = 100;

    private final Vertx vertx;
    private final List<Long> timers = new ArrayList<>();
    private final AtomicBoolean publishing = new AtomicBoolean();

    public SandboxActivity(Vertx vertx, SandboxData data, OrderGenerator orders, int ordersPerMinute) {
        this.vertx = vertx;
        timers.add(vertx.setPeriodic(PUBLICATION_CHECK_MS, id -> {
            if (publishing.compareAndSet(false, true)) {
                vertx.executeBlocking(() -> data.products().exclusively(data.publisher()::publishDue), false)
                        .onComplete(done -> publishing.set(false));
            }
        }));
        if (ordersPerMinute > 0) {
            timers.add(vertx.setPeriodic(Math.max(1, 60_000L / ordersPerMinute),
                    id -> vertx.executeBlocking(() -> {
                        orders.tick();
                        return null;
                    }, false)));
        }
    }

    @Override
    public void close() {
        timers.forEach(vertx::cancelTimer);
    }
}

package io.cloudsync.hub.camel;

import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.Checkpoint;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hub's own gauges on {@code /observe/metrics}, read from the state database when scraped and kept a few
 * seconds so a busy scraper does not load it: dead letters per status, and per flow the sync lag (seconds since
 * its last complete run) and the change sets waiting for their sinks. Gauges hold their state strongly: Micrometer
 * only keeps a weak reference otherwise, and the gauge would read NaN once it is collected.
 */
public final class HubMetrics {

    static final List<String> FLOWS = List.of("products", "stock", "reconcile", "orders", "customers",
            "marketplace-orders");
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final DeadLetterRepository deadLetters;
    private final CheckpointRepository checkpoints;
    private final ChangeOutbox outbox;
    private final Clock clock;

    public HubMetrics(DeadLetterRepository deadLetters, CheckpointRepository checkpoints, ChangeOutbox outbox,
                      Clock clock) {
        this.deadLetters = deadLetters;
        this.checkpoints = checkpoints;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void bindTo(MeterRegistry registry) {
        Cached<Map<DeadLetterStatus, Long>> letters = new Cached<>(deadLetters::countByStatus);
        for (DeadLetterStatus status : DeadLetterStatus.values()) {
            Gauge.builder("hub.dead.letters", letters, cached -> cached.get().getOrDefault(status, 0L))
                    .description("Dead letters by status").tag("status", status.column()).strongReference(true).register(registry);
        }
        Cached<List<Checkpoint>> state = new Cached<>(checkpoints::findAll);
        for (String flow : FLOWS) {
            Gauge.builder("hub.sync.lag.seconds", state, cached -> lag(cached.get(), flow))
                    .description("Seconds since the flow last completed a run (-1 before its first)")
                    .tag("flow", flow).strongReference(true).register(registry);
            Cached<Long> waiting = new Cached<>(() -> outbox.pendingCount(flow));
            Gauge.builder("hub.outbox.pending", waiting, cached -> cached.get())
                    .description("Change sets written to the mirror and not yet delivered by every sink")
                    .tag("flow", flow).strongReference(true).register(registry);
        }
    }

    private double lag(List<Checkpoint> all, String flow) {
        return all.stream().filter(c -> c.entity().equals(flow) && c.lastSuccessAt() != null).findFirst()
                .map(c -> (double) Duration.between(c.lastSuccessAt(), clock.instant()).toMillis() / 1000)
                .orElse(-1.0);
    }

    /** A value read at most every few seconds; a failed read gives the last good value. */
    private final class Cached<T> {
        private final Supplier<T> source;
        private T value;
        private Instant readAt = Instant.EPOCH;

        Cached(Supplier<T> source) {
            this.source = source;
        }

        synchronized T get() {
            Instant now = clock.instant();
            if (value == null || readAt.plus(FRESH).isBefore(now)) {
                try {
                    value = source.get();
                    readAt = now;
                } catch (RuntimeException e) {
                    if (value == null) {
                        throw e;
                    }
                }
            }
            return value;
        }
    }
}

package io.cloudsync.hub.sandbox.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The shop server's clock. It runs with real time from wherever it was set, or stands still when frozen; tests and
 * the control API set it, advance it (across a daylight saving change, say) or freeze it.
 */
public final class ShopClock {

    private final Clock system;
    private Duration offset = Duration.ZERO;
    private Instant frozenAt;

    public ShopClock(Clock system, Instant start, boolean frozen) {
        this.system = system;
        set(start);
        if (frozen) {
            freeze();
        }
    }

    public synchronized Instant now() {
        Instant now = frozenAt != null ? frozenAt : system.instant().plus(offset);
        return Instant.ofEpochSecond(now.getEpochSecond());
    }

    public synchronized void set(Instant instant) {
        if (frozenAt != null) {
            frozenAt = instant;
        } else {
            offset = Duration.between(system.instant(), instant);
        }
    }

    public synchronized void advance(Duration duration) {
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    public synchronized void freeze() {
        if (frozenAt == null) {
            frozenAt = now();
        }
    }

    public synchronized void unfreeze() {
        if (frozenAt != null) {
            Instant at = frozenAt;
            frozenAt = null;
            set(at);
        }
    }

    public synchronized boolean frozen() {
        return frozenAt != null;
    }
}

package io.cloudsync.hub.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A fixed range of shop-local {@code date_upd} values to read, both ends included. The end is the shop's own
 * clock, captured before the read; the start is the last checkpoint minus a lookback, stretched back over any
 * daylight-saving fall-back in between (the shop writes the repeated hour's times again, earlier than the
 * checkpoint). Nothing here trusts a date read from a record.
 */
public record IngestWindow(LocalDateTime start, LocalDateTime end, ZoneId zone) {

    /** Where a first run starts: before any date a store can hold. */
    public static final LocalDateTime BEGINNING = LocalDateTime.of(1970, 1, 1, 0, 0);

    public IngestWindow {
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("window start " + start + " is after its end " + end);
        }
    }

    /**
     * The window after a checkpoint.
     *
     * @param syncedUntil the end of the last complete window (shop-local), or null for a first run
     * @param shopNow     the shop's current instant (its server's clock)
     */
    public static IngestWindow next(LocalDateTime syncedUntil, Instant shopNow, ZoneId zone, Duration lookback) {
        LocalDateTime end = LocalDateTime.ofInstant(shopNow, zone).truncatedTo(ChronoUnit.SECONDS);
        if (syncedUntil == null) {
            return new IngestWindow(BEGINNING, end, zone);
        }
        LocalDateTime start = syncedUntil.minus(lookback);
        Instant from = earliestInstant(start, zone);
        ZoneRules rules = zone.getRules();
        for (ZoneOffsetTransition transition = rules.nextTransition(from.minusSeconds(1));
             transition != null && !transition.getInstant().isAfter(shopNow);
             transition = rules.nextTransition(transition.getInstant())) {
            if (transition.isOverlap() && transition.getDateTimeAfter().isBefore(start)) {
                start = transition.getDateTimeAfter();
            }
        }
        if (start.isAfter(end)) {
            start = end;
        }
        return new IngestWindow(start, end, zone);
    }

    /** A local time that a fall-back makes happen twice is taken at its first, earlier, occurrence. */
    static Instant earliestInstant(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            // in a spring-forward gap: that wall time never happened; the instant of the jump is the same moment
            return zone.getRules().getTransition(local).getInstant();
        }
        ZoneOffset largest = offsets.stream().max(java.util.Comparator.comparingInt(ZoneOffset::getTotalSeconds))
                .orElseThrow();
        return local.toInstant(largest);
    }

    public boolean isEmpty() {
        return start.equals(end);
    }
}

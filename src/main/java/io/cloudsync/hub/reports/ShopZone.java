package io.cloudsync.hub.reports;

import io.cloudsync.hub.outbox.Checkpoint;
import io.cloudsync.hub.outbox.CheckpointRepository;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shop's time zone as the reports need it: the zone the order ingest last read orders in (its checkpoint's:
 * the report tables' shop-local days were computed in it), else the store's {@code PS_TIMEZONE} asked once, else
 * UTC (no order read yet and the store unreachable: there is nothing to report either).
 */
public final class ShopZone {

    private final Supplier<Optional<ZoneId>> ingested;
    private final Supplier<String> storeTimezone;
    private volatile ZoneId fromStore;

    private ShopZone(Supplier<Optional<ZoneId>> ingested, Supplier<String> storeTimezone) {
        this.ingested = ingested;
        this.storeTimezone = storeTimezone;
    }

    /** Always this zone (tests, tools). */
    public static ShopZone fixed(ZoneId zone) {
        return new ShopZone(() -> Optional.of(zone), () -> zone.getId());
    }

    /**
     * @param flow          the flow whose checkpoint zone is used ({@code orders})
     * @param storeTimezone reads {@code PS_TIMEZONE} from the store (may throw when the store is unreachable)
     */
    public static ShopZone of(CheckpointRepository checkpoints, String flow, Supplier<String> storeTimezone) {
        return new ShopZone(() -> checkpoints.find(flow).map(Checkpoint::zone), storeTimezone);
    }

    public ZoneId zone() {
        return ingested.get().orElseGet(this::storeZone);
    }

    private ZoneId storeZone() {
        if (fromStore == null) {
            try {
                fromStore = ZoneId.of(storeTimezone.get());
            } catch (RuntimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return fromStore;
    }
}

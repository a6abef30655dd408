package io.cloudsync.hub.reports;

import io.cloudsync.hub.model.Order;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The retention job (routes/reports-retention.camel.yaml): orders placed on a shop-local day before today minus
 * {@code hub.reports.retention} leave the report tables and the mirror, in one transaction. It is not a delete
 * the sync API reports: the store still has those orders; the hub just no longer keeps them.
 */
public final class ReportRetention {

    private final ReportRepository reports;
    private final Retention retention;
    private final ShopZone shopZone;
    private final Clock clock;

    public ReportRetention(ReportRepository reports, Retention retention, ShopZone shopZone, Clock clock) {
        this.reports = reports;
        this.retention = retention;
        this.shopZone = shopZone;
        this.clock = clock;
    }

    /** What a pass removed. */
    public record Pruned(int orders, LocalDate before) {

        @Override
        public String toString() {
            return "retention: " + orders + " order" + (orders == 1 ? "" : "s") + " placed before " + before
                    + " pruned from the reports and the mirror";
        }
    }

    public Pruned prune() {
        ZoneId zone = shopZone.zone();
        LocalDate keepFrom = retention.keepFrom(LocalDate.now(clock.withZone(zone)));
        return new Pruned(reports.pruneBefore(keepFrom, Order.ENTITY), keepFrom);
    }
}

package io.cloudsync.hub.dashboard;

import io.cloudsync.hub.api.SyncStatus;
import io.cloudsync.hub.erp.stock.InventoryDecision;
import io.cloudsync.hub.erp.stock.InventoryDecisions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Bean {@code dashboardStatus}: {@code GET /v1/dashboard/status} (scope {@code read}), what the dashboard shows of
 * the sync. The Admin API's {@code sync-status} needs {@code admin}, which a dashboard token never has; this is the
 * part of it a reader may see: per flow its status, checkpoint, lag, last success and last error (redacted, as the
 * Admin API has it), the change sets waiting, and how many dead letters wait for a decision. It leaves out the
 * open window and what a dead letter holds: those stay behind {@code admin}. With an ERP, the inventory automation's
 * open shortages and its latest decisions (SKUs and quantities only).
 */
public final class DashboardStatus {

    public static final String PENDING = "pending";
    /** How many open shortages and recent decisions the page gets. */
    static final int INVENTORY_ROWS = 20;

    private final SyncStatus syncStatus;
    private final InventoryDecisions inventory;

    public record Flow(String flow, String status, LocalDateTime syncedUntil, String zone, Instant lastSuccessAt,
                       Long lagSeconds, String lastError, Instant lastErrorAt, long changeSetsWaiting) {
    }

    public record Summary(Instant at, List<Flow> flows, long deadLettersPending, Map<String, Long> deadLetters,
                          Map<String, Long> mirrored, Inventory inventory) {
    }

    /** The inventory automation: its open shortages (how many, the newest) and its latest decisions. */
    public record Inventory(long openShortages, List<InventoryDecision> shortages, List<InventoryDecision> decisions) {
    }

    public DashboardStatus(SyncStatus syncStatus, InventoryDecisions inventory) {
        this.syncStatus = syncStatus;
        this.inventory = inventory;
    }

    public Summary summary() {
        SyncStatus.Report report = syncStatus.report();
        List<Flow> flows = report.flows().stream().map(flow -> new Flow(flow.flow(), flow.status(), flow.syncedUntil(),
                flow.zone(), flow.lastSuccessAt(), flow.lagSeconds(), flow.lastError(), flow.lastErrorAt(),
                flow.changeSetsWaiting())).toList();
        return new Summary(report.at(), flows, report.deadLetters().getOrDefault(PENDING, 0L), report.deadLetters(),
                report.mirror(), new Inventory(inventory.countOpen(), inventory.newest(INVENTORY_ROWS, null, true),
                inventory.newest(INVENTORY_ROWS, null, false)));
    }
}

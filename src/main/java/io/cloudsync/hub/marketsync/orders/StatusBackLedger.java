package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.marketsync.mapping.OrderStatusChange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The hub's memory of what it told the marketplaces about imported orders: each status change once
 * ({@code marketplace_status_sent}) and each shipping guide put onto the store once
 * ({@code marketplace_guide_applied}). A status is claimed before its call and settled after it, so a crash in
 * between leaves a claim whose outcome the next try checks with MarketSync instead of sending blind.
 */
public final class StatusBackLedger {

    private final DataSource dataSource;
    private final Clock clock;

    public StatusBackLedger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The changes of that order the hub dealt with or claimed, by change. */
    public Map<OrderStatusChange, SentStatus> of(long marketSyncOrderId) {
        return Jdbc.read(dataSource, "reading the statuses sent for an order", connection -> {
            Map<OrderStatusChange, SentStatus> sent = new EnumMap<>(OrderStatusChange.class);
            try (PreparedStatement select = connection.prepareStatement("SELECT status, estatus, sent_at"
                    + " FROM marketplace_status_sent WHERE marketsync_order_id = ?")) {
                select.setLong(1, marketSyncOrderId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        OrderStatusChange change = OrderStatusChange.ofKey(rows.getString("status")).orElse(null);
                        if (change != null) {
                            sent.put(change, new SentStatus(marketSyncOrderId, change, rows.getString("estatus"),
                                    Jdbc.getInstant(rows, "sent_at")));
                        }
                    }
                }
            }
            return sent;
        });
    }

    /** Claims the change before {@code PUT pedidos}: its outcome is unknown until {@link #settle}. */
    public void claim(long marketSyncOrderId, OrderStatusChange change, String estatus) {
        insert(marketSyncOrderId, change, estatus, false);
    }

    /** The order's market has no word for that change: nothing is sent, now or later. */
    public void nothingToSend(long marketSyncOrderId, OrderStatusChange change) {
        insert(marketSyncOrderId, change, null, true);
    }

    /** MarketSync accepted the change (or already showed it). */
    public void settle(long marketSyncOrderId, OrderStatusChange change) {
        Jdbc.read(dataSource, "recording a status sent", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE marketplace_status_sent"
                    + " SET sent_at = ? WHERE marketsync_order_id = ? AND status = ?")) {
                Jdbc.setInstant(update, 1, Jdbc.now(clock));
                update.setLong(2, marketSyncOrderId);
                update.setString(3, change.key());
                return update.executeUpdate();
            }
        });
    }

    public boolean guideApplied(long marketSyncOrderId, long guideId) {
        return Jdbc.read(dataSource, "reading the guides applied", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM marketplace_guide_applied"
                    + " WHERE marketsync_order_id = ? AND guide_id = ?")) {
                select.setLong(1, marketSyncOrderId);
                select.setLong(2, guideId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    public void guideApplied(long marketSyncOrderId, long guideId, String trackingNumber) {
        // one statement in auto-commit: a duplicate (a second hub did it) leaves no failed transaction behind
        Jdbc.read(dataSource, "recording a guide applied", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO marketplace_guide_applied"
                    + " (marketsync_order_id, guide_id, tracking_number, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, marketSyncOrderId);
                insert.setLong(2, guideId);
                insert.setString(3, trackingNumber);
                Jdbc.setInstant(insert, 4, Jdbc.now(clock));
                return insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    return 0;
                }
                throw e;
            }
        });
    }

    private void insert(long marketSyncOrderId, OrderStatusChange change, String estatus, boolean settled) {
        Jdbc.read(dataSource, "recording a status claim", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO marketplace_status_sent"
                    + " (marketsync_order_id, status, estatus, sent_at) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, marketSyncOrderId);
                insert.setString(2, change.key());
                insert.setString(3, estatus);
                Jdbc.setInstant(insert, 4, settled ? Jdbc.now(clock) : null);
                return insert.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    return 0;
                }
                throw e;
            }
        });
    }
}

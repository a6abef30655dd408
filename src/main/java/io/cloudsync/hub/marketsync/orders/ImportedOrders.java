package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the import ledger ({@code store_order_import}, written by the marketplace-order import) for the store
 * orders the hub created from marketplace orders. Only orders in state {@code ordered} are the hub's to report
 * on: a {@code cancelled} one was cancelled by its marketplace, which needs no telling.
 */
public final class ImportedOrders {

    static final String ORDERED = "ordered";
    private static final String COLUMNS = "i.marketsync_order_id, i.market_id, i.referencia, i.id_order, i.id_cart";

    private final DataSource dataSource;
    private final SqlDialect dialect;

    public ImportedOrders(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
    }

    /** The imported orders among these store order ids, by store order id. */
    public Map<Long, ImportedOrder> byStoreOrders(Collection<Long> storeOrderIds) {
        if (storeOrderIds.isEmpty()) {
            return Map.of();
        }
        return Jdbc.read(dataSource, "reading imported marketplace orders", connection -> {
            Map<Long, ImportedOrder> found = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM store_order_import i JOIN " + dialect.numberRows("wanted") + " ON i.id_order = wanted.k"
                    + " WHERE i.state = ?")) {
                Jdbc.bindNumbers(select, 1, new LinkedHashSet<>(storeOrderIds));
                select.setString(2, ORDERED);
                read(select).forEach(order -> found.put(order.storeOrderId(), order));
            }
            return found;
        });
    }

    /**
     * Imported orders still awaiting shipment: in the store, not told to their marketplace as shipped, delivered
     * or cancelled, and with no marketplace guide put on them yet; by MarketSync id, after {@code afterId}.
     */
    public List<ImportedOrder> awaitingShipment(long afterId, int limit) {
        return Jdbc.read(dataSource, "reading imported orders awaiting shipment", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM store_order_import i WHERE i.state = ? AND i.id_order IS NOT NULL"
                    + " AND i.marketsync_order_id > ?"
                    + " AND NOT EXISTS (SELECT 1 FROM marketplace_status_sent s"
                    + " WHERE s.marketsync_order_id = i.marketsync_order_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM marketplace_guide_applied g"
                    + " WHERE g.marketsync_order_id = i.marketsync_order_id)"
                    + " ORDER BY i.marketsync_order_id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")) {
                select.setString(1, ORDERED);
                select.setLong(2, afterId);
                return read(select);
            }
        });
    }

    private static List<ImportedOrder> read(PreparedStatement select) throws SQLException {
        List<ImportedOrder> orders = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                orders.add(new ImportedOrder(rows.getLong("marketsync_order_id"), rows.getLong("market_id"),
                        rows.getString("referencia"), rows.getLong("id_order"), rows.getLong("id_cart")));
            }
        }
        return orders;
    }
}

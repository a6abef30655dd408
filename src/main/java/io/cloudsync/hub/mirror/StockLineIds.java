package io.cloudsync.hub.mirror;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The store's id of each snapshot line ({@code stock_snapshot.stock_id}): the stock poll reads only ids and
 * quantities, and finds a line's product and combination by its id here.
 */
final class StockLineIds {

    private StockLineIds() {
    }

    /** Records the stock ids of lines whose quantity did not change (no other column moves). */
    static void record(Connection connection, List<StockLevel> levels) throws SQLException {
        if (levels.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE stock_snapshot SET stock_id = ? WHERE product_id = ? AND combination_id = ?")) {
            for (StockLevel level : levels) {
                update.setLong(1, level.stockId());
                update.setLong(2, level.productId());
                update.setLong(3, level.combinationId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Stock id → the line's product and combination, for the ids the snapshot knows. */
    static Map<Long, StockKey> linesOf(Connection connection, SqlDialect dialect, Collection<Long> stockIds)
            throws SQLException {
        Map<Long, StockKey> lines = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.stock_id, s.product_id,"
                + " s.combination_id FROM " + dialect.numberRows("wanted") + " JOIN stock_snapshot s"
                + " ON s.stock_id = wanted.k")) {
            Jdbc.bindNumbers(select, 1, new LinkedHashSet<>(stockIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.put(rows.getLong(1), new StockKey(rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return lines;
    }
}

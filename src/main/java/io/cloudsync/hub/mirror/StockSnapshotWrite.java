package io.cloudsync.hub.mirror;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes stock snapshot lines knowing which the snapshot has: a batched {@code INSERT} for the new lines, a batched
 * {@code UPDATE} for the others, where an upsert of every line made the database look each one up first. The
 * caller read the lines it passes as {@code before} holding the products' mirror sequence row (every writer that
 * adds lines takes it first), so no line it saw as new can appear before the insert; a line deleted meanwhile (a
 * product gone, a stock resync) is upserted again, as the upsert did.
 */
final class StockSnapshotWrite {

    private static final String COLUMNS = "product_id, combination_id, quantity, updated_at, stock_id";

    /** A snapshot line as saved: its quantity and the store's id of the line (0 when not known). */
    record Line(int quantity, long stockId) {
    }

    private StockSnapshotWrite() {
    }

    /** Saves the levels with {@code at}; a level without a stock id keeps the one saved before. */
    static void save(Connection connection, SqlDialect dialect, Collection<StockLevel> levels,
                     Map<StockKey, Line> before, Instant at) throws SQLException {
        List<StockLevel> inserts = new ArrayList<>();
        List<StockLevel> updates = new ArrayList<>();
        levels.forEach(level -> (before.containsKey(level.key()) ? updates : inserts).add(level));
        if (!inserts.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stock_snapshot (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?)")) {
                for (StockLevel level : inserts) {
                    bind(insert, true, level, before, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (updates.isEmpty()) {
            return;
        }
        int[] counts;
        try (PreparedStatement update = connection.prepareStatement("UPDATE stock_snapshot SET quantity = ?,"
                + " updated_at = ?, stock_id = ? WHERE product_id = ? AND combination_id = ?")) {
            for (StockLevel level : updates) {
                bind(update, false, level, before, at);
                update.addBatch();
            }
            counts = update.executeBatch();
        }
        List<StockLevel> gone = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                gone.add(updates.get(i));
            }
        }
        upsert(connection, dialect, gone, before, at);
    }

    /** Upserts the levels: for lines that may or may not be there. */
    private static void upsert(Connection connection, SqlDialect dialect, Collection<StockLevel> levels,
                       Map<StockKey, Line> before, Instant at) throws SQLException {
        if (levels.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("stock_snapshot",
                List.of("product_id", "combination_id"), List.of(COLUMNS.split(", "))))) {
            for (StockLevel level : levels) {
                bind(upsert, true, level, before, at);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Binds the line's key, quantity, time and stock id: the key first (an insert) or last (an update). */
    private static void bind(PreparedStatement statement, boolean keyFirst, StockLevel level,
                             Map<StockKey, Line> before, Instant at) throws SQLException {
        Line saved = before.get(level.key());
        long stockId = level.stockId() != 0 ? level.stockId() : saved == null ? 0 : saved.stockId();
        int key = keyFirst ? 1 : 4;
        int value = keyFirst ? 3 : 1;
        statement.setLong(key, level.productId());
        statement.setLong(key + 1, level.combinationId());
        statement.setInt(value, level.quantity());
        Jdbc.setInstant(statement, value + 1, at);
        if (stockId != 0) {
            statement.setLong(value + 2, stockId);
        } else {
            statement.setNull(value + 2, Types.BIGINT);
        }
    }
}

package io.cloudsync.hub.mirror;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code stock_page} table: the fingerprint of each stock page the poll saved. A fingerprint holds only while
 * the snapshot changed through the poll's own pages: a line belongs to one page of a given store state (lines keep
 * their ids, new ones come last), so a page saving its changes leaves the other pages' fingerprints true; any other
 * write to the snapshot forgets them all, in its transaction.
 */
final class StockPageFingerprints {

    private StockPageFingerprints() {
    }

    /** The line count saved with this fingerprint, when the page's last saved fingerprint is this one. */
    static OptionalInt lineCount(Connection connection, StockPageFingerprint page) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT line_count FROM stock_page"
                + " WHERE page_offset = ? AND page_size = ? AND fingerprint = ?")) {
            select.setInt(1, page.offset());
            select.setInt(2, page.pageSize());
            select.setString(3, page.hash());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    static void save(Connection connection, SqlDialect dialect, StockPageFingerprint page, int lineCount,
                     Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("stock_page",
                List.of("page_offset", "page_size"),
                List.of("page_offset", "page_size", "line_count", "fingerprint", "saved_at")))) {
            upsert.setInt(1, page.offset());
            upsert.setInt(2, page.pageSize());
            upsert.setInt(3, lineCount);
            upsert.setString(4, page.hash());
            Jdbc.setInstant(upsert, 5, now);
            upsert.executeUpdate();
        }
    }

    static void forgetAll(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stock_page")) {
            delete.executeUpdate();
        }
    }
}

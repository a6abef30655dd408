package io.cloudsync.hub.marketsync.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Rows of {@code sink_ledger} as a hub before V22 wrote them, one per aspect (columns of V4 and V8, no
 * {@code aspects}), inserted with plain SQL: what an upgraded hub finds in its database.
 */
final class LegacyLedgerRows {

    private record Row(String sink, String itemKey, String remoteId, String contentHash, String payload,
                       String parentKey) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** One row; {@code remoteId} and {@code parentKey} may be null. */
    LegacyLedgerRows add(String sink, String itemKey, String remoteId, String contentHash, String payload,
            String parentKey) {
        rows.add(new Row(sink, itemKey, remoteId, contentHash, payload, parentKey));
        return this;
    }

    /** The old key of a product's entry about one market (its price or publication state). */
    static String marketKey(String sku, long marketId) {
        return sku + "|" + marketId;
    }

    void insertInto(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sink_ledger (sink, item_key,"
                     + " remote_id, content_hash, last_payload, updated_at, parent_key)"
                     + " VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?)")) {
            for (Row row : rows) {
                insert.setString(1, row.sink());
                insert.setString(2, row.itemKey());
                insert.setString(3, row.remoteId());
                insert.setString(4, row.contentHash());
                insert.setString(5, row.payload());
                insert.setString(6, row.parentKey());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("the legacy ledger rows cannot be inserted", e);
        }
    }
}

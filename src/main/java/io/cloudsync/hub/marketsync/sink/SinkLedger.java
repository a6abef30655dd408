package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javax.sql.DataSource;

/**
 * Per sink, what its target last accepted ({@code sink_ledger}): a change whose hash the ledger holds is not sent
 * again, and an item with a remote id is known to exist remotely. MarketSync writes and reads its rows through
 * {@link ProductLedger}, one per product; this class reads entries by parent and counts what was delivered.
 */
public final class SinkLedger {

    private static final String COLUMNS = "sink, item_key, remote_id, content_hash, last_payload, published, markets,"
            + " updated_at, parent_key";

    private final DataSource dataSource;
    private final SqlDialect dialect;

    public SinkLedger(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
    }

    DataSource dataSource() {
        return dataSource;
    }

    SqlDialect dialect() {
        return dialect;
    }

    Instant now() {
        return Jdbc.now(Clock.systemUTC());
    }

    /**
     * Every entry of the sink that belongs to one of the given parents ({@code parent_key}: a product row's store id,
     * an old per-aspect row's product SKU).
     */
    public List<LedgerEntry> findByParent(String sink, Collection<String> parentKeys) {
        if (parentKeys.isEmpty()) {
            return List.of();
        }
        return Jdbc.read(dataSource, "reading the " + sink + " ledger", connection -> {
            List<LedgerEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM sink_ledger"
                    + " JOIN " + dialect.keyRows("wanted") + " ON parent_key = wanted.k WHERE sink = ?")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(parentKeys));
                select.setString(2, sink);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(map(rows));
                    }
                }
            }
            return entries;
        });
    }

    /** How many items of the sink have a remote id: what the progress log counts as delivered. */
    public long countWithRemoteId(String sink) {
        return Jdbc.read(dataSource, "counting the " + sink + " ledger", connection -> Jdbc.count(connection,
                "SELECT COUNT(*) FROM sink_ledger WHERE sink = ? AND remote_id IS NOT NULL", sink));
    }

    private static LedgerEntry map(ResultSet rows) throws SQLException {
        String markets = rows.getString("markets");
        return new LedgerEntry(rows.getString("sink"), rows.getString("item_key"), rows.getString("remote_id"),
                rows.getString("content_hash"), rows.getString("last_payload"), rows.getBoolean("published"),
                markets == null || markets.isEmpty() ? List.of() : Arrays.asList(markets.split(",")),
                Jdbc.getInstant(rows, "updated_at"), rows.getString("parent_key"));
    }
}

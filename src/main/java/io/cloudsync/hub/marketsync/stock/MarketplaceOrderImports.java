package io.cloudsync.hub.marketsync.stock;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The ledger of marketplace order lines ({@code marketplace_order_import}, see its migration for what each column
 * promises) and the order poll's horizon: the checkpoint of flow {@value #FLOW}, whose {@code synced_until} (a
 * wall-clock time in its {@code zone_id}, as for every flow) is the MarketSync time up to which every registered
 * order was read. The write methods are what the marketplace-order import calls.
 */
public final class MarketplaceOrderImports implements ImportedMarketplaceSales {

    public static final String FLOW = "marketplace-orders";
    private static final String LINE = "SELECT sku, units, registered_at, imported_at FROM marketplace_order_import";

    /** A line of an order seen in MarketSync. */
    public record OrderLine(long marketSyncOrderId, long lineId, long marketId, Instant registeredAt, String sku,
                            int units) {
    }

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Clock clock;

    public MarketplaceOrderImports(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.clock = clock;
    }

    /** Records the lines of orders seen in MarketSync; lines already recorded stay as they are. */
    public void recordSeen(Collection<OrderLine> lines) {
        Jdbc.inTransaction(dataSource, "recording marketplace order lines", connection -> {
            for (OrderLine line : lines) {
                try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM marketplace_order_import"
                        + " WHERE marketsync_order_id = ? AND line_id = ?")) {
                    exists.setLong(1, line.marketSyncOrderId());
                    exists.setLong(2, line.lineId());
                    try (ResultSet rows = exists.executeQuery()) {
                        if (rows.next()) {
                            continue;
                        }
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO marketplace_order_import"
                        + " (marketsync_order_id, line_id, market_id, registered_at, sku, units) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, line.marketSyncOrderId());
                    insert.setLong(2, line.lineId());
                    insert.setLong(3, line.marketId());
                    Jdbc.setInstant(insert, 4, line.registeredAt());
                    insert.setString(5, line.sku());
                    insert.setInt(6, line.units());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The store created the order (call only after it did): its lines count from now on. */
    public void recordImported(long marketSyncOrderId, long storeOrderId) {
        update("UPDATE marketplace_order_import SET store_order_id = ?, imported_at = ? WHERE marketsync_order_id = ?"
                + " AND imported_at IS NULL", storeOrderId, marketSyncOrderId);
    }

    /** The order is cancelled (call before the store order is cancelled): its lines no longer count. */
    public void recordCancelled(long marketSyncOrderId) {
        update("UPDATE marketplace_order_import SET cancelled_at = ? WHERE marketsync_order_id = ?"
                + " AND cancelled_at IS NULL", null, marketSyncOrderId);
    }

    @Override
    public List<ImportedSale> registeredAfter(Instant cutoff, Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return Jdbc.read(dataSource, "reading marketplace order lines", connection -> {
            try (PreparedStatement select = connection.prepareStatement(LINE + " JOIN " + dialect.keyRows("wanted")
                    + " ON sku = wanted.k WHERE registered_at > ? AND cancelled_at IS NULL")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(skus));
                Jdbc.setInstant(select, 2, cutoff);
                return sales(select);
            }
        });
    }

    @Override
    public List<ImportedSale> registeredBetween(Instant from, Instant to) {
        return Jdbc.read(dataSource, "reading marketplace order lines", connection -> {
            try (PreparedStatement select = connection.prepareStatement(LINE + " WHERE registered_at > ?"
                    + " AND registered_at <= ? AND cancelled_at IS NULL")) {
                Jdbc.setInstant(select, 1, from == null ? Instant.parse("1970-01-01T00:00:00Z") : from);
                Jdbc.setInstant(select, 2, to);
                return sales(select);
            }
        });
    }

    @Override
    public Optional<Instant> oldestUnimported() {
        return Jdbc.read(dataSource, "reading marketplace order lines", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT MIN(registered_at) AS oldest"
                    + " FROM marketplace_order_import WHERE imported_at IS NULL AND cancelled_at IS NULL");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(Jdbc.getInstant(rows, "oldest")) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<Instant> knownThrough() {
        return Jdbc.read(dataSource, "reading the marketplace order checkpoint", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT synced_until, zone_id FROM sync_checkpoint WHERE entity = ?")) {
                select.setString(1, FLOW);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    LocalDateTime until = Jdbc.getLocal(rows, "synced_until");
                    String zone = rows.getString("zone_id");
                    return until == null ? Optional.<Instant>empty() : Optional.of(until.atZone(zone == null
                            ? MarketSyncTime.ZONE : ZoneId.of(zone)).withEarlierOffsetAtOverlap().toInstant());
                }
            }
        });
    }

    private void update(String sql, Long storeOrderId, long marketSyncOrderId) {
        Jdbc.inTransaction(dataSource, "recording a marketplace order", connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int index = 1;
                if (storeOrderId != null) {
                    update.setLong(index++, storeOrderId);
                }
                Jdbc.setInstant(update, index++, Jdbc.now(clock));
                update.setLong(index, marketSyncOrderId);
                return update.executeUpdate();
            }
        });
    }

    private static List<ImportedSale> sales(PreparedStatement select) throws SQLException {
        List<ImportedSale> sales = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                sales.add(new ImportedSale(rows.getString("sku"), rows.getInt("units"),
                        Jdbc.getInstant(rows, "registered_at"), Jdbc.getInstant(rows, "imported_at")));
            }
        }
        return sales;
    }
}

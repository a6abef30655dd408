package io.cloudsync.hub.storeorders;

import io.cloudsync.hub.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The import ledger ({@code store_order_import}): per MarketSync order, what the hub did in the store so far,
 * written before each external write and committed at once (an H2 file is opened with {@code WRITE_DELAY=0}), so
 * that it survives {@code kill -9}. The units the store holds are counted by the stock cut-off's own ledger
 * ({@code marketplace_order_import}, {@link io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports}).
 */
public final class ImportLedger {

    private static final String COLUMNS = "marketsync_order_id, market_id, referencia, state, id_customer, id_address,"
            + " id_cart, id_order";

    private final DataSource dataSource;
    private final Clock clock;

    public ImportLedger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ImportLedger(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public Optional<ImportEntry> find(long marketsyncId) {
        return Jdbc.read(dataSource, "reading the import of marketplace order " + marketsyncId,
                connection -> find(connection, marketsyncId));
    }

    /**
     * Registers an order about to be created: state planned, no store ids. A dead entry starts again from nothing
     * (what the store refused is not reused).
     */
    public ImportEntry register(IncomingOrder order) {
        return Jdbc.inTransaction(dataSource, "registering marketplace order " + order.marketsyncId(), connection -> {
            upsert(connection, order, ImportState.PLANNED, true);
            return find(connection, order.marketsyncId()).orElseThrow();
        });
    }

    /** Records an order that ends without a store order (cancelled before import, dead, fulfilled elsewhere). */
    public ImportEntry settle(IncomingOrder order, ImportState state) {
        return Jdbc.inTransaction(dataSource, "settling marketplace order " + order.marketsyncId(), connection -> {
            upsert(connection, order, state, false);
            return find(connection, order.marketsyncId()).orElseThrow();
        });
    }

    public void customer(long marketsyncId, long customerId) {
        update(marketsyncId, "id_customer = ?", customerId, null);
    }

    public void address(long marketsyncId, long addressId) {
        update(marketsyncId, "id_address = ?", addressId, null);
    }

    public void cartCreated(long marketsyncId, long cartId) {
        update(marketsyncId, "id_cart = ?", cartId, ImportState.CART_CREATED);
    }

    public void ordered(long marketsyncId, long orderId) {
        update(marketsyncId, "id_order = ?", orderId, ImportState.ORDERED);
    }

    public void state(long marketsyncId, ImportState state) {
        update(marketsyncId, null, 0, state);
    }

    private void upsert(Connection connection, IncomingOrder order, ImportState state, boolean clearIds)
            throws SQLException {
        Instant now = Jdbc.now(clock);
        if (find(connection, order.marketsyncId()).isPresent()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE store_order_import SET state = ?,"
                    + " updated_at = ?" + (clearIds ? ", id_customer = NULL, id_address = NULL, id_cart = NULL,"
                    + " id_order = NULL" : "") + " WHERE marketsync_order_id = ?")) {
                update.setString(1, state.column());
                Jdbc.setInstant(update, 2, now);
                update.setLong(3, order.marketsyncId());
                update.executeUpdate();
            }
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO store_order_import"
                + " (marketsync_order_id, market_id, referencia, state, registered_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, order.marketsyncId());
            insert.setInt(2, order.marketId());
            insert.setString(3, order.referencia().length() <= 64 ? order.referencia()
                    : order.referencia().substring(0, 64));
            insert.setString(4, state.column());
            Jdbc.setInstant(insert, 5, now);
            Jdbc.setInstant(insert, 6, now);
            insert.executeUpdate();
        }
    }

    private void update(long marketsyncId, String idColumn, long id, ImportState state) {
        StringBuilder set = new StringBuilder("updated_at = ?");
        if (idColumn != null) {
            set.append(", ").append(idColumn);
        }
        if (state != null) {
            set.append(", state = ?");
        }
        int changed = Jdbc.inTransaction(dataSource, "updating the import of marketplace order " + marketsyncId,
                connection -> {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE store_order_import SET "
                            + set + " WHERE marketsync_order_id = ?")) {
                        int i = 1;
                        Jdbc.setInstant(update, i++, Jdbc.now(clock));
                        if (idColumn != null) {
                            update.setLong(i++, id);
                        }
                        if (state != null) {
                            update.setString(i++, state.column());
                        }
                        update.setLong(i, marketsyncId);
                        return update.executeUpdate();
                    }
                });
        if (changed != 1) {
            throw new IllegalStateException("marketplace order " + marketsyncId + " is not in the import ledger");
        }
    }

    private static Optional<ImportEntry> find(Connection connection, long marketsyncId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM store_order_import WHERE marketsync_order_id = ?")) {
            select.setLong(1, marketsyncId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportEntry(rows.getLong(1), rows.getInt(2), rows.getString(3),
                        ImportState.of(rows.getString(4)), rows.getLong(5), rows.getLong(6), rows.getLong(7),
                        rows.getLong(8)));
            }
        }
    }
}

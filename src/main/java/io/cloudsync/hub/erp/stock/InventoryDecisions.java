package io.cloudsync.hub.erp.stock;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The inventory automation's decisions (table inventory_decision, migration V21): what it decided for which SKU,
 * on which figures, and the Tryton document it created. The open shortages ({@code purchase-requested}, not closed)
 * are what keeps a second request from being raised.
 */
public final class InventoryDecisions {

    static final String REQUESTED = ReplenishmentRule.Action.PURCHASE_REQUESTED.label();
    private static final String COLUMNS = "id, sku, product_id, combination_id, store_quantity, threshold,"
            + " tryton_available, action, quantity, tryton_product, tryton_model, tryton_id, decided_at, opened_at,"
            + " closed_at";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Clock clock;

    public InventoryDecisions(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.clock = clock;
    }

    /** Records a shortage before its purchase request is created; the step with the row's id. */
    public InventoryStep open(InventoryStep step) {
        long id = Jdbc.inTransaction(dataSource, "recording a shortage", connection -> insert(connection, step, true));
        return new InventoryStep(id, step.action(), step.sku(), step.productId(), step.combinationId(),
                step.storeQuantity(), step.threshold(), step.available(), step.quantity(), step.trytonProduct());
    }

    /** The purchase.request Tryton created (or already had) for a shortage. */
    public void requested(long decisionId, long requestId) {
        Jdbc.inTransaction(dataSource, "recording a purchase request", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE inventory_decision SET"
                    + " tryton_model = 'purchase.request', tryton_id = ? WHERE id = ?")) {
                update.setLong(1, requestId);
                update.setLong(2, decisionId);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Records a store write, or a shortage's request gone from Tryton; a {@code received} or
     * {@code request-cancelled} one closes the SKU's open shortages in the same transaction.
     */
    public long stored(InventoryStep step) {
        return Jdbc.inTransaction(dataSource, "recording a store write", connection -> {
            long id = insert(connection, step, false);
            if (ReplenishmentRule.Action.RECEIVED.label().equals(step.action())
                    || ReplenishmentRule.Action.REQUEST_CANCELLED.label().equals(step.action())) {
                try (PreparedStatement close = connection.prepareStatement("UPDATE inventory_decision SET"
                        + " closed_at = ? WHERE action = ? AND closed_at IS NULL AND sku = ?")) {
                    Jdbc.setInstant(close, 1, Jdbc.now(clock));
                    close.setString(2, REQUESTED);
                    close.setString(3, step.sku());
                    close.executeUpdate();
                }
            }
            return id;
        });
    }

    /** The SKUs among {@code skus} with an open shortage. */
    public Map<String, InventoryDecision> openShortages(Collection<String> skus) {
        Map<String, InventoryDecision> open = new HashMap<>();
        if (skus.isEmpty()) {
            return open;
        }
        Jdbc.read(dataSource, "reading open shortages", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + prefixed() + " FROM "
                    + dialect.keyRows("wanted") + " JOIN inventory_decision d ON d.sku = wanted.k"
                    + " WHERE d.action = ? AND d.closed_at IS NULL")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(skus));
                select.setString(2, REQUESTED);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        InventoryDecision decision = decision(rows);
                        open.put(decision.sku(), decision);
                    }
                }
            }
            return open;
        });
        return open;
    }

    /** The latest store write (store-updated or received) of each of {@code skus} that has one. */
    public Map<String, InventoryDecision> lastStoreWrites(Collection<String> skus) {
        Map<String, InventoryDecision> last = new HashMap<>();
        if (skus.isEmpty()) {
            return last;
        }
        String writes = "('" + ReplenishmentRule.Action.STORE_UPDATED.label() + "', '"
                + ReplenishmentRule.Action.RECEIVED.label() + "')";
        Jdbc.read(dataSource, "reading the last store writes", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + prefixed() + " FROM "
                    + dialect.keyRows("wanted") + " JOIN inventory_decision d ON d.sku = wanted.k"
                    + " WHERE d.id = (SELECT MAX(e.id) FROM inventory_decision e WHERE e.sku = d.sku AND e.action IN "
                    + writes + ")")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(skus));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        InventoryDecision decision = decision(rows);
                        last.put(decision.sku(), decision);
                    }
                }
            }
            return last;
        });
        return last;
    }

    /** Shortages whose purchase request is not known to exist yet (the hub stopped between the row and Tryton). */
    public List<InventoryDecision> requestsPending() {
        return Jdbc.read(dataSource, "reading pending purchase requests", connection -> Jdbc.query(connection,
                "SELECT " + COLUMNS + " FROM inventory_decision WHERE action = ? AND closed_at IS NULL"
                        + " AND tryton_id IS NULL ORDER BY id", InventoryDecisions::decision, REQUESTED));
    }

    /** Decisions newest first; {@code openOnly}: only open shortages. */
    public List<InventoryDecision> newest(int limit, String sku, boolean openOnly) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM inventory_decision WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (sku != null) {
            sql.append(" AND sku = ?");
            parameters.add(sku);
        }
        if (openOnly) {
            sql.append(" AND action = ? AND closed_at IS NULL");
            parameters.add(REQUESTED);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(limit);
        return Jdbc.read(dataSource, "listing inventory decisions", connection -> Jdbc.query(connection,
                sql.toString(), InventoryDecisions::decision, parameters.toArray()));
    }

    public long countOpen() {
        return Jdbc.read(dataSource, "counting open shortages", connection -> Jdbc.count(connection,
                "SELECT COUNT(*) FROM inventory_decision WHERE action = ? AND closed_at IS NULL", REQUESTED));
    }

    private long insert(Connection connection, InventoryStep step, boolean opens) throws SQLException {
        Instant now = Jdbc.now(clock);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inventory_decision (sku, product_id,"
                + " combination_id, store_quantity, threshold, tryton_available, action, quantity, tryton_product,"
                + " decided_at, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, step.sku());
            insert.setLong(2, step.productId());
            insert.setLong(3, step.combinationId());
            insert.setInt(4, step.storeQuantity());
            insert.setInt(5, step.threshold());
            insert.setInt(6, step.available());
            insert.setString(7, step.action());
            insert.setInt(8, step.quantity());
            insert.setLong(9, step.trytonProduct());
            Jdbc.setInstant(insert, 10, now);
            Jdbc.setInstant(insert, 11, opens ? now : null);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String prefixed() {
        return "d." + COLUMNS.replace(", ", ", d.");
    }

    private static InventoryDecision decision(ResultSet rows) throws SQLException {
        long trytonId = rows.getLong("tryton_id");
        Long document = rows.wasNull() ? null : trytonId;
        return new InventoryDecision(rows.getLong("id"), rows.getString("sku"), rows.getLong("product_id"),
                rows.getLong("combination_id"), rows.getInt("store_quantity"), rows.getInt("threshold"),
                rows.getInt("tryton_available"), rows.getString("action"), rows.getInt("quantity"),
                rows.getLong("tryton_product"), rows.getString("tryton_model"), document,
                Jdbc.getInstant(rows, "decided_at"), Jdbc.getInstant(rows, "opened_at"),
                Jdbc.getInstant(rows, "closed_at"));
    }
}

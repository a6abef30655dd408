package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bean {@code erpSaleLedger}: the sale each purchase became in Tryton (table {@code erp_sale}, by sale reference).
 * The row is written before the sale is created ({@link State#SENDING}), committed at once, so a crash between the
 * create call and its bookkeeping leaves a row that sends the next try to look the sale up by its reference first;
 * a confirmed or cancelled row ends the work for that purchase (each cancellation happens once).
 */
public final class SaleLedger {

    /** Where a purchase's sale stands. */
    public enum State {
        /** The create call is about to go (or went, unanswered): look the sale up before creating it. */
        SENDING("sending"),
        /** The sale exists (its id is kept), not confirmed yet. */
        CREATED("created"),
        CONFIRMED("confirmed"),
        /** Cancelled in Tryton, or cancelled before any sale was made. */
        CANCELLED("cancelled");

        private final String column;

        State(String column) {
            this.column = column;
        }

        static State of(String column) {
            for (State state : values()) {
                if (state.column.equals(column)) {
                    return state;
                }
            }
            throw new IllegalArgumentException("unknown sale ledger state '" + column + "'");
        }
    }

    /** One row: the sale id is 0 while none is known. */
    public record Entry(String reference, long saleId, State state, String orderKey) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public SaleLedger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Optional<Entry> find(String reference) {
        return Jdbc.read(dataSource, "reading the ERP sale " + reference, connection -> find(connection, reference));
    }

    /** Before the create call: a row in state sending (an existing row keeps its sale id, if any). */
    public void sending(SaleOrder order) {
        write(order, 0, State.SENDING);
    }

    public void created(SaleOrder order, long saleId) {
        write(order, saleId, State.CREATED);
    }

    public void confirmed(SaleOrder order, long saleId) {
        write(order, saleId, State.CONFIRMED);
    }

    public void cancelled(SaleOrder order, long saleId) {
        write(order, saleId, State.CANCELLED);
    }

    private void write(SaleOrder order, long saleId, State state) {
        Jdbc.inTransaction(dataSource, "writing the ERP sale " + order.reference(), connection -> {
            Optional<Entry> known = find(connection, order.reference());
            String sql = known.isPresent()
                    ? "UPDATE erp_sale SET sale_id = ?, state = ?, order_key = ?, updated_at = ? WHERE reference = ?"
                    : "INSERT INTO erp_sale (sale_id, state, order_key, updated_at, reference) VALUES (?, ?, ?, ?, ?)";
            long id = saleId > 0 ? saleId : known.map(Entry::saleId).orElse(0L);
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                if (id > 0) {
                    write.setLong(1, id);
                } else {
                    write.setNull(1, java.sql.Types.BIGINT);
                }
                write.setString(2, state.column);
                write.setString(3, cut(order.key(), 64));
                Jdbc.setInstant(write, 4, Jdbc.now(clock));
                write.setString(5, order.reference());
                return write.executeUpdate();
            }
        });
    }

    private static Optional<Entry> find(Connection connection, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT reference, sale_id, state, order_key FROM erp_sale WHERE reference = ?")) {
            select.setString(1, reference);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(rows.getString(1), rows.getLong(2), State.of(rows.getString(3)),
                        rows.getString(4)));
            }
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

package io.cloudsync.hub.marketsync.stock;

import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.db.SqlDialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/** The hub's one {@link StockCutoff}, in {@code marketsync_stock_cutoff} (one row). */
public final class StockCutoffRepository {

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final Clock clock;

    public StockCutoffRepository(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
        this.clock = clock;
    }

    public StockCutoff load() {
        return Jdbc.read(dataSource, "reading the stock cut-off", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT current_cutoff, pending_cutoff FROM marketsync_stock_cutoff WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? new StockCutoff(Jdbc.getInstant(rows, "current_cutoff"),
                        Jdbc.getInstant(rows, "pending_cutoff")) : StockCutoff.none();
            }
        });
    }

    public void save(StockCutoff cutoff) {
        Jdbc.inTransaction(dataSource, "saving the stock cut-off", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert("marketsync_stock_cutoff",
                    List.of("id"), List.of("id", "current_cutoff", "pending_cutoff", "updated_at")))) {
                upsert.setInt(1, 1);
                Jdbc.setInstant(upsert, 2, cutoff.current());
                Jdbc.setInstant(upsert, 3, cutoff.pending());
                Jdbc.setInstant(upsert, 4, Jdbc.now(clock));
                return upsert.executeUpdate();
            }
        });
    }
}

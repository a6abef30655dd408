package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The marketplace order a store order was imported from, if any: the import ledger ({@code store_order_import},
 * written by {@link io.cloudsync.hub.storeorders.ImportLedger}) read by store order id, whatever the import's state.
 */
public final class ImportedPurchases {

    /** A row of the import ledger: MarketSync's order id, its market and the order number on the marketplace. */
    public record Purchase(long marketSyncOrderId, long marketId, String referencia) {
    }

    private final DataSource dataSource;

    public ImportedPurchases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Purchase> ofStoreOrder(long storeOrderId) {
        return Jdbc.read(dataSource, "reading the import of store order " + storeOrderId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT marketsync_order_id, market_id,"
                    + " referencia FROM store_order_import WHERE id_order = ? ORDER BY marketsync_order_id")) {
                select.setLong(1, storeOrderId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new Purchase(rows.getLong(1), rows.getLong(2),
                            rows.getString(3))) : Optional.empty();
                }
            }
        });
    }
}

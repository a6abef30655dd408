package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MarketSync's part of the sink ledger: one row per product (sink {@code marketsync}, key the SKU, parent the store
 * id), its remote id, the product aspect's hash ({@code content_hash}: the SHA-256 of its full canonical JSON, which
 * the document no longer holds) and, in {@code aspects}, what the diff needs of everything MarketSync accepted for
 * it ({@link LedgerDocument}: short values as sent, long ones as fingerprints). {@code marketsync_variation} maps
 * each variation SKU whose stock MarketSync accepted to its product's SKU, for the stock cut-off, which starts from
 * the SKUs of marketplace sales.
 * <p>
 * A hub upgraded from one row per aspect still has those rows (sinks {@code marketsync.variation}, {@code .stock},
 * {@code .price}, {@code .publication}) for products whose row has no document yet: they are read in its place, and
 * deleted when the product's row is written.
 */
final class ProductLedger {

    private static final List<String> OLD_SINKS = List.of(LedgerSinks.VARIATION, LedgerSinks.STOCK, LedgerSinks.PRICE,
            LedgerSinks.PUBLICATION);
    private static final List<String> COLUMNS = List.of("sink", "item_key", "remote_id", "content_hash", "aspects",
            "last_payload", "parent_key", "updated_at");

    /**
     * One product's row: {@code stockSkus} are the variation SKUs {@code marketsync_variation} holds for it (the
     * stock keys of the document as written); {@code legacy}: read from the old per-aspect rows.
     */
    record Row(String sku, String storeId, String remoteId, LedgerDocument document, Set<String> stockSkus,
               boolean legacy) {

        Row {
            stockSkus = Set.copyOf(stockSkus);
        }

        static Row none(String sku, String storeId) {
            return new Row(sku, storeId, null, LedgerDocument.empty(), Set.of(), false);
        }
    }

    private final SinkLedger ledger;

    ProductLedger(SinkLedger ledger) {
        this.ledger = ledger;
    }

    /** The rows of these SKUs, in one query (plus the old rows of products not rewritten since an upgrade). */
    Map<String, Row> read(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, Row> rows = Jdbc.read(ledger.dataSource(), "reading the marketsync ledger", connection -> {
            Map<String, Row> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT item_key, remote_id, parent_key,"
                    + " content_hash, aspects, last_payload FROM sink_ledger JOIN " + ledger.dialect().keyRows("wanted")
                    + " ON item_key = wanted.k WHERE sink = ?")) {
                Jdbc.bindKeys(select, 1, new LinkedHashSet<>(skus));
                select.setString(2, LedgerSinks.PRODUCT);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        Row row = row(result);
                        found.put(row.sku(), row);
                    }
                }
            }
            return found;
        });
        List<String> legacy = rows.values().stream().filter(Row::legacy).map(Row::sku).toList();
        if (!legacy.isEmpty()) {
            addOldRows(rows, legacy);
        }
        return rows;
    }

    /** Per variation SKU, the row of the product whose document holds that variation's stock. */
    Map<String, Row> byStockSku(Collection<String> variationSkus) {
        if (variationSkus.isEmpty()) {
            return Map.of();
        }
        Map<String, String> productSkus = Jdbc.read(ledger.dataSource(), "reading the marketsync variations",
                connection -> {
                    Map<String, String> found = new HashMap<>();
                    try (PreparedStatement select = connection.prepareStatement("SELECT sku, product_sku FROM"
                            + " marketsync_variation JOIN " + ledger.dialect().keyRows("wanted")
                            + " ON sku = wanted.k")) {
                        Jdbc.bindKeys(select, 1, new LinkedHashSet<>(variationSkus));
                        try (ResultSet result = select.executeQuery()) {
                            while (result.next()) {
                                found.put(result.getString(1), result.getString(2));
                            }
                        }
                    }
                    return found;
                });
        Map<String, Row> products = read(new HashSet<>(productSkus.values()));
        Map<String, Row> byVariation = new HashMap<>();
        productSkus.forEach((variation, product) -> {
            Row row = products.get(product);
            if (row != null && row.document().has(LedgerDocument.stockKey(variation))) {
                byVariation.put(variation, row);
            }
        });
        return byVariation;
    }

    /**
     * Writes the rows and forgets the products, in one transaction (one batched statement each); old per-aspect
     * rows of what is written or forgotten go.
     */
    void write(Collection<Row> rows, Collection<String> forgotten) {
        if (rows.isEmpty() && forgotten.isEmpty()) {
            return;
        }
        Instant now = ledger.now();
        Jdbc.inTransaction(ledger.dataSource(), "recording what MarketSync accepted", connection -> {
            upsertRows(connection, rows, now);
            Set<String> oldRowsOf = new LinkedHashSet<>(forgotten);
            rows.stream().filter(Row::legacy).forEach(row -> oldRowsOf.add(row.sku()));
            deleteOldRows(connection, oldRowsOf);
            deleteProducts(connection, forgotten);
            updateVariations(connection, rows);
            return null;
        });
    }

    private void upsertRows(Connection connection, Collection<Row> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(ledger.dialect().upsert("sink_ledger",
                List.of("sink", "item_key"), COLUMNS))) {
            for (Row row : rows) {
                upsert.setString(1, LedgerSinks.PRODUCT);
                upsert.setString(2, row.sku());
                upsert.setString(3, row.remoteId());
                upsert.setString(4, row.document().productHash());
                upsert.setString(5, row.document().toJson());
                upsert.setString(6, null);
                upsert.setString(7, row.storeId());
                Jdbc.setInstant(upsert, 8, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void deleteOldRows(Connection connection, Collection<String> productSkus) throws SQLException {
        for (List<String> chunk : Jdbc.chunks(productSkus)) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sink_ledger WHERE sink = ?"
                    + " AND parent_key IN (" + Jdbc.placeholders(chunk.size()) + ")")) {
                for (String sink : OLD_SINKS) {
                    delete.setString(1, sink);
                    for (int i = 0; i < chunk.size(); i++) {
                        delete.setString(i + 2, chunk.get(i));
                    }
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    private static void deleteProducts(Connection connection, Collection<String> skus) throws SQLException {
        for (List<String> chunk : Jdbc.chunks(skus)) {
            String keys = Jdbc.placeholders(chunk.size());
            for (String sql : List.of("DELETE FROM sink_ledger WHERE sink = '" + LedgerSinks.PRODUCT
                    + "' AND item_key IN (" + keys + ")", "DELETE FROM marketsync_variation WHERE product_sku IN ("
                    + keys + ")")) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        delete.setString(i + 1, chunk.get(i));
                    }
                    delete.executeUpdate();
                }
            }
        }
    }

    /** {@code marketsync_variation} follows the stock keys of the documents written. */
    private void updateVariations(Connection connection, Collection<Row> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(ledger.dialect().upsert("marketsync_variation",
                List.of("sku"), List.of("sku", "product_sku")));
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM marketsync_variation WHERE sku = ? AND product_sku = ?")) {
            boolean upserts = false;
            boolean deletes = false;
            for (Row row : rows) {
                Set<String> now = row.document().stockSkus();
                for (String sku : now) {
                    if (!row.stockSkus().contains(sku)) {
                        upsert.setString(1, sku);
                        upsert.setString(2, row.sku());
                        upsert.addBatch();
                        upserts = true;
                    }
                }
                for (String sku : row.stockSkus()) {
                    if (!now.contains(sku)) {
                        delete.setString(1, sku);
                        delete.setString(2, row.sku());
                        delete.addBatch();
                        deletes = true;
                    }
                }
            }
            if (upserts) {
                upsert.executeBatch();
            }
            if (deletes) {
                delete.executeBatch();
            }
        }
    }

    private static Row row(ResultSet result) throws SQLException {
        String aspects = result.getString("aspects");
        LedgerDocument document;
        if (aspects != null) {
            document = LedgerDocument.parse(aspects, result.getString("content_hash"));
        } else {
            document = LedgerDocument.empty();
            String product = result.getString("last_payload");
            if (product != null) {
                document.putJson(LedgerDocument.PRODUCT, product);
            }
        }
        return new Row(result.getString("item_key"), result.getString("parent_key"), result.getString("remote_id"),
                document, document.stockSkus(), aspects == null);
    }

    /** The old per-aspect rows of products without a document yet, into their documents. */
    private void addOldRows(Map<String, Row> rows, List<String> skus) {
        for (String sink : OLD_SINKS) {
            for (LedgerEntry entry : ledger.findByParent(sink, skus)) {
                Row row = rows.get(entry.parentKey());
                String payload = entry.lastPayload();
                if (row == null || payload == null) {
                    continue;
                }
                LedgerDocument document = row.document();
                String key = entry.itemKey();
                switch (sink) {
                    case LedgerSinks.VARIATION -> document.putJson(LedgerDocument.variationKey(key), payload);
                    case LedgerSinks.STOCK -> document.putJson(LedgerDocument.stockKey(key), payload);
                    case LedgerSinks.PRICE -> document.putJson(LedgerDocument.priceKey(market(key)), payload);
                    default -> PublicationState.ofAction(payload)
                            .ifPresent(state -> document.putPublication(market(key), state));
                }
            }
        }
        skus.forEach(sku -> rows.computeIfPresent(sku, (k, row) -> new Row(row.sku(), row.storeId(), row.remoteId(),
                row.document(), row.document().stockSkus(), true)));
    }

    /** The market of an old {@code SKU|market} key. */
    private static long market(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('|') + 1));
    }
}

package io.cloudsync.hub.erp.stock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.db.Jdbc;
import io.cloudsync.hub.mirror.StockKey;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.model.Product;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The store's stock lines by SKU, a page of mirrored products at a time (never the whole catalogue): the live
 * products after a cursor (their store id, in text order), their SKUs, and the quantity of each line in the stock
 * snapshot. A line the stock poll has not read yet is left out: the hub does not know what the store shows.
 */
public final class MirroredStock {

    private final DataSource dataSource;
    private final StockSnapshotRepository snapshot;
    private final ObjectMapper json;

    public MirroredStock(DataSource dataSource, StockSnapshotRepository snapshot, ObjectMapper json) {
        this.dataSource = dataSource;
        this.snapshot = snapshot;
        this.json = json;
    }

    /** A page of lines, the cursor after it, and whether more products may follow. */
    public record Page(List<StoreSkuLine> lines, String after, boolean more) {
    }

    /** The lines of the next {@code size} live products whose store id sorts after {@code after} ("" to start). */
    public Page next(String after, int size) {
        List<String[]> records = Jdbc.read(dataSource, "reading a page of mirrored products", connection ->
                Jdbc.query(connection, "SELECT store_id, payload FROM mirror_record WHERE entity = 'products'"
                        + " AND deleted = FALSE AND store_id > ? ORDER BY store_id LIMIT " + size,
                        rows -> new String[] {rows.getString(1), rows.getString(2)}, after));
        if (records.isEmpty()) {
            return new Page(List.of(), after, false);
        }
        List<StoreSkus.Sku> skus = new ArrayList<>();
        List<Long> productIds = new ArrayList<>();
        for (String[] record : records) {
            Product product = product(record[0], record[1]);
            productIds.add(product.id());
            skus.addAll(StoreSkus.of(product));
        }
        Map<StockKey, Integer> quantities = snapshot.quantities(productIds);
        Map<StockKey, Instant> readAt = snapshot.changedAt(productIds);
        List<StoreSkuLine> lines = new ArrayList<>();
        for (StoreSkus.Sku sku : skus) {
            StockKey key = new StockKey(sku.productId(), sku.combinationId());
            Integer quantity = quantities.get(key);
            if (quantity != null) {
                lines.add(new StoreSkuLine(sku.sku(), sku.productId(), sku.combinationId(), quantity, readAt.get(key)));
            }
        }
        return new Page(lines, records.get(records.size() - 1)[0], records.size() == size);
    }

    private Product product(String storeId, String payload) {
        try {
            return json.readValue(payload, Product.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the mirror holds an unreadable product " + storeId, e);
        }
    }
}

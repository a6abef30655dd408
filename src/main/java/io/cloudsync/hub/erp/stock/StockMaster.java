package io.cloudsync.hub.erp.stock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.store.StoreStockWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bean {@code erpStockMaster} ({@code routes/erp-tryton-stock.camel.yaml}): Tryton's available quantity is the
 * truth. A run walks the mirrored catalogue a page at a time, asks Tryton for the page's SKUs, and hands back the
 * store lines that differ; each is then written to the store on its own ({@link #write}), so that one failing line
 * is one dead letter. SKUs Tryton does not know are left alone and counted.
 */
public final class StockMaster {

    private final MirroredStock mirrored;
    private final TrytonStock tryton;
    private final StoreStockWriter store;
    private final ObjectMapper json;
    private final int batchSize;

    public StockMaster(MirroredStock mirrored, TrytonStock tryton, StoreStockWriter store, ObjectMapper json,
                       int batchSize) {
        this.mirrored = mirrored;
        this.tryton = tryton;
        this.store = store;
        this.json = json;
        this.batchSize = batchSize;
    }

    public StockMasterRun start() {
        return new StockMasterRun();
    }

    /** The next page's lines whose store quantity differs from Tryton's available quantity. */
    public List<StoreStockWrite> next(StockMasterRun run) {
        MirroredStock.Page page = mirrored.next(run.after(), batchSize);
        Map<String, TrytonAvailable> available = tryton.available(page.lines().stream().map(StoreSkuLine::sku)
                .toList());
        List<StoreStockWrite> writes = new ArrayList<>();
        int unknown = 0;
        for (StoreSkuLine line : page.lines()) {
            TrytonAvailable truth = available.get(line.sku());
            if (truth == null) {
                unknown++;
            } else if (truth.available() != line.storeQuantity()) {
                writes.add(new StoreStockWrite(line.sku(), line.productId(), line.combinationId(),
                        line.storeQuantity(), truth.available()));
            }
        }
        run.paged(page, unknown, writes.size());
        return writes;
    }

    /**
     * Sets one store line (the body: a {@link StoreStockWrite}, or its JSON when a dead letter is replayed: then
     * Tryton's figure is read again, the one of the failed run may be old; a SKU Tryton no longer knows is left).
     */
    public StoreStockWrite write(Object body) {
        StoreStockWrite line = line(body);
        if (!(body instanceof StoreStockWrite)) {
            TrytonAvailable now = tryton.available(List.of(line.sku())).get(line.sku());
            if (now == null) {
                return line;
            }
            line = new StoreStockWrite(line.sku(), line.productId(), line.combinationId(), line.storeQuantity(),
                    now.available());
        }
        store.write(line.productId(), line.combinationId(), line.quantity());
        return line;
    }

    /** The SKU of a line to write: what names its dead letter. */
    public String sku(Object body) {
        return line(body).sku();
    }

    StoreStockWrite line(Object body) {
        if (body instanceof StoreStockWrite line) {
            return line;
        }
        try {
            return json.readValue(String.valueOf(body), StoreStockWrite.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a store stock line: " + e.getOriginalMessage(), e);
        }
    }
}

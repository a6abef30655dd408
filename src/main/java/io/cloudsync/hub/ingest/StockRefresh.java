package io.cloudsync.hub.ingest;

import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.store.StoreProductReader;
import java.time.Instant;
import java.util.List;

/**
 * Reads the stock of a change set's products from the store again before a MarketSync stock cut-off move
 * (routes/marketsync-stock-cutoff.camel.yaml), so that each of their snapshot lines says its count was read after
 * the time captured before the read ({@link StockSnapshotRepository#confirm}). Without it, a line whose count has
 * not changed since an import was recorded keeps an older time, and the move would wait for that line to change.
 * A change found on the way goes to the stock flow's sinks like any other. A failed read changes nothing: the move
 * then checks the times the snapshot already had.
 */
public final class StockRefresh {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("io.cloudsync.hub.ingest");

    private final StoreProductReader reader;
    private final StockSnapshotRepository snapshot;

    public StockRefresh(StoreProductReader reader, StockSnapshotRepository snapshot) {
        this.reader = reader;
        this.snapshot = snapshot;
    }

    /** Reads the products' stock again and answers the same change set. */
    public ChangeSet refresh(ChangeSet set) {
        if (set.isEmpty()) {
            return set;
        }
        Instant readStartedAt = snapshot.now();
        List<Long> ids = set.storeIds().stream().map(Long::parseLong).toList();
        try {
            snapshot.confirm(reader.stockOf(ids), readStartedAt, StockIngest.FLOW);
        } catch (RuntimeException e) {
            LOG.warn("the stock of {} product(s) could not be read again before a stock cut-off move: {}", ids.size(),
                    e.getMessage());
        }
        return set;
    }
}

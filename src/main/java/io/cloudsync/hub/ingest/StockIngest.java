package io.cloudsync.hub.ingest;

import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.mirror.StockChange;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.store.StoreProductReader;
import java.util.List;

/**
 * The stock poll (routes/store-stock.camel.yaml). Stock has no timestamp in PrestaShop and a stock change does
 * not touch the product's {@code date_upd}, so every poll reads all of {@code stock_availables} page by page and
 * diffs it against the last snapshot; the products whose stock changed are queued (with the snapshot write, in
 * one transaction) and handed to the sinks. A stock line never seen before for a product the mirror holds is a combination
 * added without touching the product's date either: that product is read again, so the new variation reaches
 * the sinks within one stock period instead of at the next reconcile pass.
 */
public final class StockIngest {

    public static final String FLOW = "stock";

    private final StoreProductReader reader;
    private final StockSnapshotRepository snapshot;
    private final ProductPages pages;
    private final ChangeOutbox outbox;
    private final CheckpointRepository checkpoints;
    private final int pageSize;

    public StockIngest(StoreProductReader reader, StockSnapshotRepository snapshot, ProductPages pages,
                       ChangeOutbox outbox, CheckpointRepository checkpoints, int pageSize) {
        this.reader = reader;
        this.snapshot = snapshot;
        this.pages = pages;
        this.outbox = outbox;
        this.checkpoints = checkpoints;
        this.pageSize = pageSize;
    }

    public IngestRun<Void> start() {
        return new IngestRun<Void>(FLOW, outbox.pending(FLOW), null, 0, null).withPages();
    }

    /** The next change set: one left undelivered (also by the product flow), else the next page of stock. */
    public ChangeSet next(IngestRun<Void> run) {
        if (run.hasPending()) {
            return run.nextPending();
        }
        List<StockLevel> page = reader.stockPage(run.offset(), pageSize);
        StockSnapshotRepository.QueuedStock stock = snapshot.applyAndQueue(page, FLOW, java.util.Set.of());
        List<Long> withNewCombinations = stock.changes().stream()
                .filter(change -> change.isNew() && change.combinationId() != 0)
                .map(StockChange::productId).distinct().toList();
        // Only products the mirror already holds: one it does not hold yet (the product flow is still on its way
        // through a first sync) gets all its combinations when the product flow reads it.
        List<Long> known = withNewCombinations.isEmpty() || isFirstPass(stock, page) ? List.of()
                : pages.mirrored(withNewCombinations);
        if (!known.isEmpty()) {
            ProductPages.Reading reading = pages.startReading();
            run.addPending(pages.write(FLOW, reading, reader.productRowsById(known, reading.languageId()), false));
        }
        run.pageRead(page.stream().map(StockLevel::productId).toList(), pageSize, stock.queued());
        run.markSwept();
        return stock.queued();
    }

    /** A page whose every line is new is the first poll (an empty snapshot), not a shop adding combinations. */
    private static boolean isFirstPass(StockSnapshotRepository.QueuedStock stock, List<StockLevel> page) {
        return stock.changes().size() == page.size() && stock.changes().stream().allMatch(StockChange::isNew);
    }

    public void delivered(IngestRun<Void> run, ChangeSet set) {
        outbox.done(set);
    }

    public void finish(IngestRun<Void> run) {
        checkpoints.completeWindow(FLOW);
    }
}

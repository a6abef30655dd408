package io.cloudsync.hub.ingest;

import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.store.StoreProductReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The reconcile pass (routes/store-reconcile.camel.yaml). Deletes in PrestaShop are hard: the row is gone,
 * with no tombstone, so only a complete list of the store's ids shows them; the list is read first and a
 * failure anywhere in it declares nothing. Then every product is read again (combination changes touch no
 * date) and queued whether or not it changed, so each sink compares it with what its target last accepted
 * and repairs any drift.
 */
public final class ProductReconcile implements IngestFlow<ProductReconcile.Context> {

    public static final String FLOW = "reconcile";

    private final StoreProductReader reader;
    private final ProductPages pages;
    private final MirrorRepository mirror;
    private final StockSnapshotRepository stock;
    private final ChangeOutbox outbox;
    private final CheckpointRepository checkpoints;
    private final IngestSettings settings;

    public ProductReconcile(StoreProductReader reader, ProductPages pages, MirrorRepository mirror,
                            StockSnapshotRepository stock, ChangeOutbox outbox, CheckpointRepository checkpoints,
                            IngestSettings settings) {
        this.reader = reader;
        this.pages = pages;
        this.mirror = mirror;
        this.stock = stock;
        this.outbox = outbox;
        this.checkpoints = checkpoints;
        this.settings = settings;
    }

    /** What a reconcile run holds: the store's ids (a complete list), the products gone, the reading context. */
    static final class Context {
        private final List<Long> storeIds;
        private final Set<String> gone;
        private final ProductPages.Reading reading;
        private boolean deletesQueued;

        Context(List<Long> storeIds, Set<String> gone, ProductPages.Reading reading) {
            this.storeIds = storeIds;
            this.gone = gone;
            this.reading = reading;
        }
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public IngestRun<Context> start() {
        List<Long> storeIds = reader.allIds(settings.idPageSize());
        Set<String> gone = new LinkedHashSet<>(mirror.liveStoreIds(ProductIngest.ENTITY));
        storeIds.forEach(id -> gone.remove(Long.toString(id)));
        return new IngestRun<Context>(FLOW, outbox.pending(FLOW), null, 0,
                new Context(storeIds, gone, pages.startReading())).withPages();
    }

    /** Change sets left by a crash, then the deletions, then every product again, a page at a time. */
    @Override
    public ChangeSet next(IngestRun<Context> run) {
        if (run.hasPending()) {
            return run.nextPending();
        }
        Context context = run.context();
        if (!context.deletesQueued) {
            context.deletesQueued = true;
            ChangeSet deleted = mirror.markDeletedAndQueue(FLOW, ProductIngest.ENTITY, context.gone);
            stock.deleteProducts(context.gone.stream().map(Long::valueOf).toList());
            return deleted;
        }
        int from = run.offset();
        List<Long> chunk = new ArrayList<>(context.storeIds.subList(from,
                Math.min(context.storeIds.size(), from + settings.pageSize())));
        ChangeSet changes = readAndQueue(context.reading, chunk);
        run.pageRead(chunk, settings.pageSize(), changes);
        return changes;
    }

    /** Reads the given products again and queues them for the sinks whether or not they changed. */
    @Override
    public ChangeSet reread(List<Long> ids) {
        return readAndQueue(pages.startReading(), ids);
    }

    private ChangeSet readAndQueue(ProductPages.Reading reading, List<Long> ids) {
        return pages.write(FLOW, reading, reader.productRowsById(ids, reading.languageId()), true);
    }

    @Override
    public void delivered(IngestRun<Context> run, ChangeSet set) {
        outbox.done(set);
    }

    @Override
    public void finish(IngestRun<Context> run) {
        checkpoints.completeWindow(FLOW);
    }
}

package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.store.DatedResourceReader;
import io.cloudsync.hub.store.ShopTime;
import io.cloudsync.hub.store.StoreClient;
import java.util.List;

/**
 * The ingest of a store resource whose rows are mirrored as they come (orders, customers), run by the ingest loop
 * of routes/store-ingest.camel.yaml in windows of the shop's clock on {@code date_upd}, exactly like the product
 * flow ({@link WindowedIngest}: the window, the sweep, the narrowing of malformed pages and the checkpoint).
 *
 * @param <C> what one run reads once (reference data…)
 */
public abstract class DatedIngest<C> implements IngestFlow<C> {

    private final String flow;
    private final StoreClient store;
    private final DatedResourceReader reader;
    private final WindowedIngest<C, List<JsonNode>> window;

    protected DatedIngest(String flow, StoreClient store, DatedResourceReader reader, ChangeOutbox outbox,
                          CheckpointRepository checkpoints, IngestSettings settings) {
        this.flow = flow;
        this.store = store;
        this.reader = reader;
        this.window = new WindowedIngest<>(flow, store, outbox, checkpoints, settings, reader, new RowReads());
    }

    /** What the run reads once, at its start (the shop's time is already known). */
    protected abstract C startReading(ShopTime time);

    /** Writes a page of rows to the mirror (and what derives from it), queueing the changes for the sinks. */
    protected abstract ChangeSet write(C context, List<JsonNode> rows);

    @Override
    public String name() {
        return flow;
    }

    @Override
    public IngestRun<C> start() {
        return window.start();
    }

    @Override
    public ChangeSet next(IngestRun<C> run) {
        return window.next(run);
    }

    @Override
    public ChangeSet reread(List<Long> ids) {
        return write(startReading(store.shopTime()), reader.rowsById(ids));
    }

    @Override
    public void delivered(IngestRun<C> run, ChangeSet set) {
        window.delivered(run, set);
    }

    @Override
    public void finish(IngestRun<C> run) {
        window.finish();
    }

    /** The flow's rows as the reader gives them. */
    private final class RowReads implements WindowedIngest.Reads<C, List<JsonNode>> {

        @Override
        public C startReading(ShopTime time) {
            return DatedIngest.this.startReading(time);
        }

        @Override
        public List<JsonNode> read(IngestRun<C> run, int offset, int count) {
            return reader.rows(run.window(), offset, count);
        }

        @Override
        public List<JsonNode> readById(C context, List<Long> ids) {
            return reader.rowsById(ids);
        }

        @Override
        public List<JsonNode> rows(List<JsonNode> read) {
            return read;
        }

        @Override
        public List<JsonNode> joined(List<List<JsonNode>> parts) {
            return parts.stream().flatMap(List::stream).toList();
        }

        @Override
        public ChangeSet write(C context, List<JsonNode> read) {
            return DatedIngest.this.write(context, read);
        }
    }
}

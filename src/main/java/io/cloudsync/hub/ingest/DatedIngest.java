package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.Checkpoint;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.store.DatedResourceReader;
import io.cloudsync.hub.store.IngestWindow;
import io.cloudsync.hub.store.Lenient;
import io.cloudsync.hub.store.MalformedAnswerException;
import io.cloudsync.hub.store.ShopTime;
import io.cloudsync.hub.store.StoreClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ingest of a store resource that has a {@code date_upd} (orders, customers), run by the ingest loop of
 * routes/store-ingest.camel.yaml exactly like the product flow: a fixed window of the shop's clock from the
 * checkpoint minus the lookback (stretched over a daylight-saving fall-back) to the shop's now, captured before
 * the read; pages sorted by date then id ({@code limit=offset,count}); a closing sweep over the window's ids for
 * rows the paging skipped; the checkpoint moves only when the whole window was written and handed on, and a
 * crash resumes inside the window with the change sets it left undelivered first. A page whose answer stays
 * malformed is narrowed down to the records at fault ({@link PageNarrowing}), which the route dead-letters.
 *
 * @param <C> what one run reads once (reference data…)
 */
public abstract class DatedIngest<C> {

    private final String flow;
    private final StoreClient store;
    private final DatedResourceReader reader;
    private final ChangeOutbox outbox;
    private final CheckpointRepository checkpoints;
    private final IngestSettings settings;

    protected DatedIngest(String flow, StoreClient store, DatedResourceReader reader, ChangeOutbox outbox,
                          CheckpointRepository checkpoints, IngestSettings settings) {
        this.flow = flow;
        this.store = store;
        this.reader = reader;
        this.outbox = outbox;
        this.checkpoints = checkpoints;
        this.settings = settings;
    }

    /** What the run reads once, at its start (the shop's time is already known). */
    protected abstract C startReading(ShopTime time);

    /** Writes a page of rows to the mirror (and what derives from it), queueing the changes for the sinks. */
    protected abstract ChangeSet write(C context, List<JsonNode> rows);

    /** Opens a run: the change sets a crash left, then the open window (resumed) or the next one. */
    public IngestRun<C> start() {
        ShopTime time = store.shopTime();
        Optional<Checkpoint> checkpoint = checkpoints.find(flow);
        IngestWindow window;
        int offset = 0;
        if (checkpoint.isPresent() && checkpoint.get().hasOpenWindow()) {
            Checkpoint open = checkpoint.get();
            window = new IngestWindow(open.windowStart(), open.windowEnd(),
                    open.zone() == null ? time.zone() : open.zone());
            offset = open.windowOffset();
        } else {
            window = IngestWindow.next(checkpoint.map(Checkpoint::syncedUntil).orElse(null), time.now(), time.zone(),
                    settings.lookback());
            checkpoints.openWindow(flow, window.start(), window.end(), window.zone());
        }
        return new IngestRun<>(flow, outbox.pending(flow), window, offset, startReading(time));
    }

    /** The next change set: one left by a crash, else the next page of the window, else the closing sweep. */
    public ChangeSet next(IngestRun<C> run) {
        if (run.hasPending()) {
            return run.nextPending();
        }
        if (!run.pagesDone()) {
            List<JsonNode> rows;
            List<Long> ids;
            try {
                rows = reader.rows(run.window(), run.offset(), settings.pageSize());
                ids = ids(rows);
            } catch (MalformedAnswerException e) {
                if (run.retryMalformed(settings.malformedRetries())) {
                    throw e;
                }
                PageNarrowing.Narrowed<List<JsonNode>> narrowed = new PageNarrowing<List<JsonNode>>(
                        (offset, count) -> reader.rows(run.window(), offset, count), List::size,
                        offset -> reader.idAt(run.window(), offset)).narrow(run.offset(), settings.pageSize(), e);
                rows = narrowed.parts().stream().flatMap(List::stream).toList();
                List<Long> all = new ArrayList<>(ids(rows));
                narrowed.poisoned().forEach(poison -> all.add(poison.id()));
                ids = all;
                run.poisoned(narrowed.poisoned());
            }
            run.readWell(run.entity(), ids(rows));
            ChangeSet changes = write(run.context(), rows);
            run.pageRead(ids, settings.pageSize(), changes);
            return changes;
        }
        if (run.sweepLeft() == null) {
            List<Long> skipped = new ArrayList<>(reader.idsInWindow(run.window(), settings.idPageSize()));
            skipped.removeAll(run.seen());
            run.sweepFound(skipped);
            if (skipped.isEmpty()) {
                return new ChangeSet(0, run.entity(), List.of());
            }
        }
        List<Long> chunk = List.copyOf(run.sweepLeft().subList(0,
                Math.min(run.sweepLeft().size(), settings.pageSize())));
        List<JsonNode> rows;
        try {
            rows = reader.rowsById(chunk);
        } catch (MalformedAnswerException e) {
            if (run.retryMalformed(settings.malformedRetries())) {
                throw e;
            }
            PageNarrowing.Narrowed<List<JsonNode>> narrowed = PageNarrowing.overIds(chunk, reader::rowsById)
                    .narrow(0, chunk.size(), e);
            rows = narrowed.parts().stream().flatMap(List::stream).toList();
            run.poisoned(narrowed.poisoned());
        }
        run.readWell(run.entity(), ids(rows));
        ChangeSet changes = write(run.context(), rows);
        run.sweptChunk(chunk, rows.size(), changes);
        return changes;
    }

    /** Reads the given records again by id and writes them (a replayed dead letter); the next run hands them on. */
    public ChangeSet reread(List<Long> ids) {
        return write(startReading(store.shopTime()), reader.rowsById(ids));
    }

    /** Every sink is done with the set: it leaves the outbox and the window's offset moves past its page. */
    public void delivered(IngestRun<C> run, ChangeSet set) {
        outbox.done(set);
        checkpoints.advanceOffset(flow, run.offset());
    }

    /** The whole window was read and delivered: the checkpoint moves to its end. */
    public void finish(IngestRun<C> run) {
        checkpoints.completeWindow(flow);
    }

    private static List<Long> ids(List<JsonNode> rows) {
        return rows.stream().map(row -> Lenient.integer(row.path("id"), -1)).toList();
    }
}

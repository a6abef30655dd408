package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.Checkpoint;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.store.IngestWindow;
import io.cloudsync.hub.store.Lenient;
import io.cloudsync.hub.store.MalformedAnswerException;
import io.cloudsync.hub.store.ShopTime;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.WindowIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The windowed read every flow on a {@code date_upd} shares (products, orders, customers): a fixed window of the
 * shop's clock from the checkpoint minus the lookback (stretched over a daylight-saving fall-back) to the shop's
 * now, captured before the read; pages sorted by date then id ({@code limit=offset,count}); a closing sweep over
 * the window's ids for rows the paging skipped; the checkpoint moves only when the whole window was written and
 * handed on, and a crash resumes inside the window with the change sets it left undelivered first. A page whose
 * answer stays malformed through its retries is narrowed down to the records at fault ({@link PageNarrowing}),
 * which the route dead-letters. What a flow reads and how it writes it is its {@link Reads}.
 *
 * @param <C> what one run reads once (reference data…)
 * @param <P> what one read of the store gives (rows, or rows with what they need from the store)
 */
final class WindowedIngest<C, P> {

    /** How a flow reads its records from the store and writes them to the mirror. */
    interface Reads<C, P> {

        /** What the run reads once, at its start (the shop's time is already known). */
        C startReading(ShopTime time);

        /** {@code count} records of the run's window from {@code offset}. */
        P read(IngestRun<C> run, int offset, int count);

        /** The page at {@code offset}, read the first time (a flow may have read it ahead). */
        default P page(IngestRun<C> run, int offset, int count) {
            return read(run, offset, count);
        }

        /** A whole page was read with no record at fault: the next one, at {@code next}, may be read ahead. */
        default void fullPageRead(IngestRun<C> run, int next) {
        }

        P readById(C context, List<Long> ids);

        /** The store rows a read holds. */
        List<JsonNode> rows(P read);

        /** The parts a narrowed read was read in, as one read. */
        P joined(List<P> parts);

        /** Writes a read to the mirror (and what derives from it), queueing the changes for the sinks. */
        ChangeSet write(C context, P read);
    }

    private final String flow;
    private final StoreClient store;
    private final ChangeOutbox outbox;
    private final CheckpointRepository checkpoints;
    private final IngestSettings settings;
    private final WindowIds windowIds;
    private final Reads<C, P> reads;

    /** @param windowIds the id lists of the flow's window (narrowing a page, the closing sweep) */
    WindowedIngest(String flow, StoreClient store, ChangeOutbox outbox, CheckpointRepository checkpoints,
                   IngestSettings settings, WindowIds windowIds, Reads<C, P> reads) {
        this.flow = flow;
        this.store = store;
        this.outbox = outbox;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.windowIds = windowIds;
        this.reads = reads;
    }

    /** Opens a run: the change sets a crash left, then the open window (resumed) or the next one. */
    IngestRun<C> start() {
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
        return new IngestRun<>(flow, outbox.pending(flow), window, offset, reads.startReading(time));
    }

    /** The next change set: one left by a crash, else the next page of the window, else the closing sweep. */
    ChangeSet next(IngestRun<C> run) {
        if (run.hasPending()) {
            return run.nextPending();
        }
        return run.pagesDone() ? sweep(run) : page(run);
    }

    private ChangeSet page(IngestRun<C> run) {
        int pageSize = settings.pageSize();
        P page;
        List<Long> ids;
        try {
            page = reads.page(run, run.offset(), pageSize);
            ids = Lenient.rowIds(reads.rows(page));
        } catch (MalformedAnswerException e) {
            if (run.retryMalformed(settings.malformedRetries())) {
                throw e;
            }
            PageNarrowing.Narrowed<P> narrowed = new PageNarrowing<P>((offset, count) -> reads.read(run, offset, count),
                    part -> reads.rows(part).size(), offset -> windowIds.idAt(run.window(), offset))
                    .narrow(run.offset(), pageSize, e);
            page = reads.joined(narrowed.parts());
            ids = narrowed.withPoisoned(Lenient.rowIds(reads.rows(page)));
            run.poisoned(narrowed.poisoned());
        }
        List<JsonNode> rows = reads.rows(page);
        if (ids.size() == pageSize && rows.size() == ids.size()) {
            reads.fullPageRead(run, run.offset() + rows.size());
        }
        run.readWell(run.entity(), Lenient.rowIds(rows));
        ChangeSet changes = reads.write(run.context(), page);
        run.pageRead(ids, pageSize, changes);
        return changes;
    }

    private ChangeSet sweep(IngestRun<C> run) {
        if (run.sweepLeft() == null) {
            List<Long> skipped = new ArrayList<>(windowIds.idsInWindow(run.window(), settings.idPageSize()));
            skipped.removeAll(run.seen());
            run.sweepFound(skipped);
            if (skipped.isEmpty()) {
                return new ChangeSet(0, run.entity(), List.of());
            }
        }
        List<Long> chunk = List.copyOf(run.sweepLeft().subList(0,
                Math.min(run.sweepLeft().size(), settings.pageSize())));
        P swept;
        try {
            swept = reads.readById(run.context(), chunk);
        } catch (MalformedAnswerException e) {
            if (run.retryMalformed(settings.malformedRetries())) {
                throw e;
            }
            PageNarrowing.Narrowed<P> narrowed = PageNarrowing.overIds(chunk,
                    ids -> reads.readById(run.context(), ids)).narrow(0, chunk.size(), e);
            swept = reads.joined(narrowed.parts());
            run.poisoned(narrowed.poisoned());
        }
        List<JsonNode> rows = reads.rows(swept);
        run.readWell(run.entity(), Lenient.rowIds(rows));
        ChangeSet changes = reads.write(run.context(), swept);
        run.sweptChunk(chunk, rows.size(), changes);
        return changes;
    }

    /** Every sink is done with the set: it leaves the outbox and the window's offset moves past its page. */
    void delivered(IngestRun<C> run, ChangeSet set) {
        outbox.done(set);
        checkpoints.advanceOffset(flow, run.offset());
    }

    /** The whole window was read and delivered: the checkpoint moves to its end. */
    void finish() {
        checkpoints.completeWindow(flow);
    }
}

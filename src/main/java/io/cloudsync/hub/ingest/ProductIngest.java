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
import io.cloudsync.hub.store.StoreProductReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The product ingest (routes/store-products.camel.yaml): reads the products changed since the checkpoint in a
 * fixed window of the shop's clock, writes them to the mirror (only changed content makes a change), and hands
 * the changes on page by page. The checkpoint moves only when every page of the window was written and handed
 * on; a crash resumes inside the window, and change sets written but not delivered are delivered first.
 * After the last page, a sweep over the window's ids catches rows that paging skipped because edits during
 * the read moved other rows out of the window.
 * <p>
 * While the sinks deliver a full page, the next page is already read from the store (rows, combinations, stock:
 * reads only, nothing is written), so the store's latency overlaps with delivery. Reading a page a little earlier
 * is no different from a slower store: the window and the offsets are the same, and the sweep still catches rows
 * that edits moved. A read ahead that does not fit where the run is (another run, another offset) is dropped.
 * <p>
 * A page whose answer (rows, combinations or stock) stays malformed through its retries is narrowed down to the
 * products at fault ({@link PageNarrowing}); the route dead-letters them and the run goes on.
 */
public final class ProductIngest {

    public static final String ENTITY = "products";
    public static final String FLOW = ENTITY;

    private final StoreClient store;
    private final StoreProductReader reader;
    private final ProductPages pages;
    private final ChangeOutbox outbox;
    private final CheckpointRepository checkpoints;
    private final IngestSettings settings;
    /** One reader thread, which ends when idle, so an ingest that stops polling (or a closed hub) keeps none. */
    private final ExecutorService readAhead = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "store-read-ahead");
                thread.setDaemon(true);
                return thread;
            });
    private volatile ReadAhead ahead;

    /** The next page of a run, being read. */
    private record ReadAhead(IngestRun<ProductPages.Reading> run, int offset,
                             CompletableFuture<Page> page) {
    }

    private record Page(List<JsonNode> rows, ProductPages.PageRead read) {

        /** The parts a narrowed page was read in, as one page. */
        static Page of(List<Page> parts) {
            return new Page(parts.stream().flatMap(p -> p.rows().stream()).toList(), new ProductPages.PageRead(
                    parts.stream().flatMap(p -> p.read().products().stream()).toList(),
                    parts.stream().flatMap(p -> p.read().levels().stream()).toList()));
        }
    }

    public ProductIngest(StoreClient store, StoreProductReader reader, ProductPages pages, ChangeOutbox outbox,
                         CheckpointRepository checkpoints, IngestSettings settings) {
        this.store = store;
        this.reader = reader;
        this.pages = pages;
        this.outbox = outbox;
        this.checkpoints = checkpoints;
        this.settings = settings;
    }

    /** Opens a run: the change sets a crash left, then the open window (resumed) or the next one. */
    public IngestRun<ProductPages.Reading> start() {
        ahead = null;
        ShopTime time = store.shopTime();
        Optional<Checkpoint> checkpoint = checkpoints.find(FLOW);
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
            checkpoints.openWindow(FLOW, window.start(), window.end(), window.zone());
        }
        return new IngestRun<>(FLOW, outbox.pending(FLOW), window, offset, pages.startReading());
    }

    /** The next change set: one left by a crash, else the next page of the window, else the closing sweep. */
    public ChangeSet next(IngestRun<ProductPages.Reading> run) {
        if (run.hasPending()) {
            return run.nextPending();
        }
        ProductPages.Reading reading = run.context();
        if (!run.pagesDone()) {
            Page page;
            List<Long> ids;
            try {
                page = pageAt(run, run.offset());
                ids = ids(page.rows());
            } catch (MalformedAnswerException e) {
                if (run.retryMalformed(settings.malformedRetries())) {
                    throw e;
                }
                PageNarrowing.Narrowed<Page> narrowed = new PageNarrowing<Page>(
                        (offset, count) -> readPage(run, offset, count), part -> part.rows().size(),
                        offset -> reader.productIdAt(run.window(), offset)).narrow(run.offset(), settings.pageSize(), e);
                page = Page.of(narrowed.parts());
                List<Long> all = new ArrayList<>(ids(page.rows()));
                narrowed.poisoned().forEach(poison -> all.add(poison.id()));
                ids = all;
                run.poisoned(narrowed.poisoned());
            }
            if (ids.size() == settings.pageSize() && page.rows().size() == ids.size()) {
                int next = run.offset() + page.rows().size();
                ahead = new ReadAhead(run, next, CompletableFuture.supplyAsync(() -> readPage(run, next), readAhead));
            }
            run.readWell(FLOW, ids(page.rows()));
            ChangeSet changes = pages.write(FLOW, page.read(), false);
            run.pageRead(ids, settings.pageSize(), changes);
            return changes;
        }
        if (run.sweepLeft() == null) {
            List<Long> skipped = new ArrayList<>(reader.idsInWindow(run.window(), settings.idPageSize()));
            skipped.removeAll(run.seen());
            run.sweepFound(skipped);
        }
        List<Long> chunk = List.copyOf(run.sweepLeft().subList(0,
                Math.min(run.sweepLeft().size(), settings.pageSize())));
        Page swept;
        try {
            swept = readById(reading, chunk);
        } catch (MalformedAnswerException e) {
            if (run.retryMalformed(settings.malformedRetries())) {
                throw e;
            }
            PageNarrowing.Narrowed<Page> narrowed = PageNarrowing.overIds(chunk, ids -> readById(reading, ids))
                    .narrow(0, chunk.size(), e);
            swept = Page.of(narrowed.parts());
            run.poisoned(narrowed.poisoned());
        }
        run.readWell(FLOW, ids(swept.rows()));
        ChangeSet changes = pages.write(FLOW, swept.read(), false);
        run.sweptChunk(chunk, swept.rows().size(), changes);
        return changes;
    }

    /** The page at {@code offset}: the one read ahead when it is that one, else read now. */
    private Page pageAt(IngestRun<ProductPages.Reading> run, int offset) {
        ReadAhead prepared = ahead;
        ahead = null;
        if (prepared != null && prepared.run() == run && prepared.offset() == offset) {
            try {
                return prepared.page().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        return readPage(run, offset);
    }

    private Page readPage(IngestRun<ProductPages.Reading> run, int offset) {
        return readPage(run, offset, settings.pageSize());
    }

    /** Rows and what they need from the store (combinations, stock): a record at fault in either fails the read. */
    private Page readPage(IngestRun<ProductPages.Reading> run, int offset, int count) {
        List<JsonNode> rows = reader.productRows(run.window(), offset, count, run.context().languageId());
        return new Page(rows, pages.read(run.context(), rows));
    }

    private Page readById(ProductPages.Reading reading, List<Long> ids) {
        List<JsonNode> rows = reader.productRowsById(ids, reading.languageId());
        return new Page(rows, pages.read(reading, rows));
    }

    /** Reads the given products again by id and writes them (a replayed dead letter); the next run hands them on. */
    public ChangeSet reread(List<Long> ids) {
        ProductPages.Reading reading = pages.startReading();
        return pages.write(FLOW, reading, reader.productRowsById(ids, reading.languageId()), false);
    }

    /** Every sink is done with the set: it leaves the outbox and the window's offset moves past its page. */
    public void delivered(IngestRun<ProductPages.Reading> run, ChangeSet set) {
        outbox.done(set);
        checkpoints.advanceOffset(FLOW, run.offset());
    }

    /** The whole window was read and delivered: the checkpoint moves to its end. */
    public void finish(IngestRun<ProductPages.Reading> run) {
        ahead = null;
        checkpoints.completeWindow(FLOW);
    }

    private static List<Long> ids(List<JsonNode> rows) {
        return rows.stream().map(row -> Lenient.integer(row.path("id"), -1)).toList();
    }
}

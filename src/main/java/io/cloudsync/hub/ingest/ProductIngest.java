package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.store.ShopTime;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreProductReader;
import java.util.List;
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
 * products at fault ({@link PageNarrowing}); the route dead-letters them and the run goes on. The window, the
 * sweep, the narrowing and the checkpoint are those of every dated flow ({@link WindowedIngest}).
 */
public final class ProductIngest implements IngestFlow<ProductPages.Reading> {

    public static final String ENTITY = "products";
    public static final String FLOW = ENTITY;

    private final StoreProductReader reader;
    private final ProductPages pages;
    private final IngestSettings settings;
    private final WindowedIngest<ProductPages.Reading, Page> window;
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
    }

    public ProductIngest(StoreClient store, StoreProductReader reader, ProductPages pages, ChangeOutbox outbox,
                         CheckpointRepository checkpoints, IngestSettings settings) {
        this.reader = reader;
        this.pages = pages;
        this.settings = settings;
        this.window = new WindowedIngest<>(FLOW, store, outbox, checkpoints, settings, reader, new ProductReads());
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public IngestRun<ProductPages.Reading> start() {
        ahead = null;
        return window.start();
    }

    @Override
    public ChangeSet next(IngestRun<ProductPages.Reading> run) {
        return window.next(run);
    }

    @Override
    public ChangeSet reread(List<Long> ids) {
        ProductPages.Reading reading = pages.startReading();
        return pages.write(FLOW, reading, reader.productRowsById(ids, reading.languageId()), false);
    }

    @Override
    public void delivered(IngestRun<ProductPages.Reading> run, ChangeSet set) {
        window.delivered(run, set);
    }

    @Override
    public void finish(IngestRun<ProductPages.Reading> run) {
        ahead = null;
        window.finish();
    }

    /** Rows and what they need from the store (combinations, stock): a record at fault in either fails the read. */
    private Page readPage(IngestRun<ProductPages.Reading> run, int offset, int count) {
        List<JsonNode> rows = reader.productRows(run.window(), offset, count, run.context().languageId());
        return new Page(rows, pages.read(run.context(), rows));
    }

    /** The product flow's reads: a page with what it needs from the store, the next full page read ahead. */
    private final class ProductReads implements WindowedIngest.Reads<ProductPages.Reading, Page> {

        @Override
        public ProductPages.Reading startReading(ShopTime time) {
            return pages.startReading();
        }

        @Override
        public Page read(IngestRun<ProductPages.Reading> run, int offset, int count) {
            return readPage(run, offset, count);
        }

        /** The page at {@code offset}: the one read ahead when it is that one, else read now. */
        @Override
        public Page page(IngestRun<ProductPages.Reading> run, int offset, int count) {
            ReadAhead prepared = ahead;
            ahead = null;
            if (prepared != null && prepared.run() == run && prepared.offset() == offset) {
                try {
                    return prepared.page().join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
                }
            }
            return readPage(run, offset, count);
        }

        @Override
        public void fullPageRead(IngestRun<ProductPages.Reading> run, int next) {
            ahead = new ReadAhead(run, next, CompletableFuture.supplyAsync(
                    () -> readPage(run, next, settings.pageSize()), readAhead));
        }

        @Override
        public Page readById(ProductPages.Reading reading, List<Long> ids) {
            List<JsonNode> rows = reader.productRowsById(ids, reading.languageId());
            return new Page(rows, pages.read(reading, rows));
        }

        @Override
        public List<JsonNode> rows(Page read) {
            return read.rows();
        }

        @Override
        public Page joined(List<Page> parts) {
            return new Page(parts.stream().flatMap(p -> p.rows().stream()).toList(), new ProductPages.PageRead(
                    parts.stream().flatMap(p -> p.read().products().stream()).toList(),
                    parts.stream().flatMap(p -> p.read().levels().stream()).toList()));
        }

        @Override
        public ChangeSet write(ProductPages.Reading reading, Page read) {
            return pages.write(FLOW, read.read(), false);
        }
    }
}

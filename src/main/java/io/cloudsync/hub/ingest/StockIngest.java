package io.cloudsync.hub.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.mirror.StockChange;
import io.cloudsync.hub.mirror.StockKey;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.mirror.StockPageFingerprint;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.store.Lenient;
import io.cloudsync.hub.store.MalformedAnswerException;
import io.cloudsync.hub.store.StoreProductReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The stock poll (routes/store-stock.camel.yaml). Stock has no timestamp in PrestaShop and a stock change does
 * not touch the product's {@code date_upd}, so every poll reads all of {@code stock_availables} page by page and
 * diffs it against the last snapshot; the products whose stock changed are queued (with the snapshot write, in
 * one transaction) and handed to the sinks. A stock line never seen before for a product the mirror holds is a combination
 * added without touching the product's date either: that product is read again, so the new variation reaches
 * the sinks within one stock period instead of at the next reconcile pass. A page whose text is the same as when
 * the poll last saved it (its fingerprint) is skipped unparsed; while the product flow's first sync is under way no
 * page is read ({@link FirstProductSync}). A stock page or a product re-read whose
 * answer stays malformed is narrowed down to the records at fault ({@link PageNarrowing}), which the route
 * dead-letters; the run goes on.
 */
public final class StockIngest implements IngestFlow<StockPass> {

    public static final String FLOW = "stock";
    /**
     * How often a pass reads whole lines rather than ids and quantities: the first after a start (it records the
     * stock ids of lines saved without them), then hourly, so that a line id the store gave again to another
     * product (MySQL can reuse the highest ids after a restart) is set right within the hour.
     */
    static final Duration WHOLE_PASS_EVERY = Duration.ofHours(1);

    private final StoreProductReader reader;
    private final StockSnapshotRepository snapshot;
    private final ProductPages pages;
    private final ChangeOutbox outbox;
    private final CheckpointRepository checkpoints;
    private final int pageSize;
    private final int malformedRetries;
    /** When this process last began a pass reading whole lines (null: not yet). */
    private volatile Instant lastWholePass;

    /** @param malformedRetries how often a malformed answer is read again before it is narrowed down */
    public StockIngest(StoreProductReader reader, StockSnapshotRepository snapshot, ProductPages pages,
                       ChangeOutbox outbox, CheckpointRepository checkpoints, int pageSize, int malformedRetries) {
        this.reader = reader;
        this.snapshot = snapshot;
        this.pages = pages;
        this.outbox = outbox;
        this.checkpoints = checkpoints;
        this.pageSize = pageSize;
        this.malformedRetries = malformedRetries;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public IngestRun<StockPass> start() {
        Instant now = snapshot.now();
        StockPass pass = lastWholePass != null && lastWholePass.plus(WHOLE_PASS_EVERY).isAfter(now)
                ? StockPass.QUANTITIES : StockPass.WHOLE_LINES;
        if (pass == StockPass.WHOLE_LINES) {
            lastWholePass = now;
        }
        return new IngestRun<>(FLOW, outbox.pending(FLOW), null, 0, pass).withPages();
    }

    /** The next change set: one left undelivered (also by the product flow), else the next page of stock. */
    @Override
    public ChangeSet next(IngestRun<StockPass> run) {
        if (run.hasPending()) {
            return run.nextPending();
        }
        if (FirstProductSync.underWay(checkpoints.find(ProductIngest.FLOW))) {
            // the product flow reads each product's stock lines with it into the snapshot: a stock pass meanwhile
            // would read the whole store's stock to find what the product flow brings anyway
            run.stopPaging();
            return new ChangeSet(0, StockSnapshotRepository.ENTITY, List.of());
        }
        StockPageFingerprint fingerprint = null;
        List<JsonNode> rows;
        List<Long> lineIds;
        try {
            boolean whole = run.context() == StockPass.WHOLE_LINES;
            byte[] text = whole ? reader.stockPageBytes(run.offset(), pageSize)
                    : reader.stockQuantityPageBytes(run.offset(), pageSize);
            fingerprint = StockPageFingerprint.of(run.offset(), pageSize, text);
            OptionalInt unchanged = snapshot.unchangedPage(fingerprint);
            if (unchanged.isPresent()) {
                run.pageRead(unchanged.getAsInt(), pageSize);
                return new ChangeSet(0, StockSnapshotRepository.ENTITY, List.of());
            }
            rows = whole ? reader.stockRows(text) : wholeLines(reader.stockRows(text));
            lineIds = Lenient.rowIds(rows);
        } catch (MalformedAnswerException e) {
            if (run.retryMalformed(malformedRetries)) {
                throw e;
            }
            PageNarrowing.Narrowed<List<JsonNode>> narrowed = new PageNarrowing<List<JsonNode>>(reader::stockRows,
                    List::size, reader::stockIdAt).narrow(run.offset(), pageSize, e);
            rows = narrowed.parts().stream().flatMap(List::stream).toList();
            lineIds = narrowed.withPoisoned(Lenient.rowIds(rows));
            run.poisoned(narrowed.poisoned());
            // a fingerprint saved earlier for this page must not skip it while its records are dead-lettered
            snapshot.forgetPageFingerprints();
            fingerprint = null;
        }
        run.readWell(FLOW, Lenient.rowIds(rows));
        List<StockLevel> page = StoreProductReader.stockLevels(rows);
        StockSnapshotRepository.QueuedStock stock = fingerprint == null ? snapshot.applyAndQueue(page, FLOW, Set.of())
                : snapshot.applyPollPage(page, FLOW, fingerprint);
        List<Long> withNewCombinations = stock.changes().stream()
                .filter(change -> change.isNew() && change.combinationId() != 0)
                .map(StockChange::productId).distinct().toList();
        // Only products the mirror already holds: one it does not hold yet (the product flow is still on its way
        // through a first sync) gets all its combinations when the product flow reads it. A mirrored product's
        // lines are written with it, so a line new to the snapshot here is a combination added since.
        List<Long> known = withNewCombinations.isEmpty() ? List.of() : pages.mirrored(withNewCombinations);
        if (!known.isEmpty()) {
            run.addPending(pages.write(FLOW, readProducts(run, known), false));
        }
        run.pageRead(lineIds, pageSize, stock.queued());
        run.markSwept();
        return stock.queued();
    }

    /**
     * The products re-read for their new combinations. Their answer is retried here, not through the route: the
     * page's stock is already in the snapshot, so the page read again would show no new line and the re-read
     * would be lost. An answer still malformed after the retries is narrowed by id to the products at fault,
     * which are dead-lettered under the product flow (its replay and its reads close the letter).
     */
    private ProductPages.PageRead readProducts(IngestRun<StockPass> run, List<Long> ids) {
        ProductPages.Reading reading = pages.startReading();
        for (int tries = 0; ; tries++) {
            try {
                ProductPages.PageRead read = readProducts(reading, ids);
                run.readWell(ProductIngest.FLOW, ids(read));
                return read;
            } catch (MalformedAnswerException e) {
                if (tries < malformedRetries) {
                    continue;
                }
                PageNarrowing.Narrowed<ProductPages.PageRead> narrowed = PageNarrowing.overIds(ids,
                        part -> readProducts(reading, part)).narrow(0, ids.size(), e);
                ProductPages.PageRead read = new ProductPages.PageRead(
                        narrowed.parts().stream().flatMap(p -> p.products().stream()).toList(),
                        narrowed.parts().stream().flatMap(p -> p.levels().stream()).toList());
                run.readWell(ProductIngest.FLOW, ids(read));
                run.poisoned(ProductIngest.FLOW, narrowed.poisoned());
                return read;
            }
        }
    }

    private ProductPages.PageRead readProducts(ProductPages.Reading reading, List<Long> ids) {
        return pages.read(reading, reader.productRowsById(ids, reading.languageId()));
    }

    /**
     * The rows of a page of ids and quantities, each with its product and combination: from the snapshot for the
     * lines it knows, read whole by id for the others (new lines, lines saved before stock ids were). A line gone
     * from the store in between is left out, as the next page would leave it out.
     */
    private List<JsonNode> wholeLines(List<JsonNode> quantities) {
        List<Long> ids = Lenient.rowIds(quantities);
        Map<Long, StockKey> known = snapshot.linesByStockId(ids);
        List<Long> unknown = ids.stream().filter(id -> !known.containsKey(id)).toList();
        Map<Long, JsonNode> read = new HashMap<>();
        if (!unknown.isEmpty()) {
            reader.stockRowsById(unknown).forEach(row -> read.put(Lenient.integer(row.path("id"), -1), row));
        }
        List<JsonNode> rows = new ArrayList<>(quantities.size());
        for (JsonNode row : quantities) {
            long id = Lenient.integer(row.path("id"), -1);
            StockKey line = known.get(id);
            if (line != null) {
                rows.add(JsonNodeFactory.instance.objectNode().put("id", id).put("id_product", line.productId())
                        .put("id_product_attribute", line.combinationId()).set("quantity", row.path("quantity")));
            } else if (read.containsKey(id)) {
                rows.add(read.get(id));
            }
        }
        return rows;
    }

    /** Reads the given stock lines again by id into the snapshot (a replayed dead letter); the next run hands on. */
    @Override
    public ChangeSet reread(List<Long> ids) {
        return snapshot.applyAndQueue(StoreProductReader.stockLevels(reader.stockRowsById(ids)), FLOW, Set.of())
                .queued();
    }

    private static List<Long> ids(ProductPages.PageRead read) {
        return read.products().stream().map(io.cloudsync.hub.model.Product::id).toList();
    }

    @Override
    public void delivered(IngestRun<StockPass> run, ChangeSet set) {
        outbox.done(set);
    }

    @Override
    public void finish(IngestRun<StockPass> run) {
        checkpoints.completeWindow(FLOW);
    }
}

package io.cloudsync.hub.ingest;

import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.store.IngestWindow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one ingest run between the route's steps: change sets a crash left undelivered, the window
 * being read and how far, and the ids read in it (for the closing sweep). Owned by one route exchange.
 *
 * @param <C> what the flow reads once per run (language, catalogue…)
 */
public final class IngestRun<C> {

    private final String entity;
    private final Deque<ChangeSet> pending;
    private final IngestWindow window;
    private final C context;
    private final Set<Long> seen = new HashSet<>();
    private int offset;
    private boolean pagesDone;
    private boolean swept;
    private List<Long> sweepLeft;
    private long changed;
    private long read;
    private int malformedTries;
    private final Map<String, List<PageNarrowing.Poisoned>> poisoned = new LinkedHashMap<>();
    private final Map<String, Set<Long>> readWell = new LinkedHashMap<>();

    IngestRun(String entity, List<ChangeSet> pending, IngestWindow window, int offset, C context) {
        this.entity = entity;
        this.context = context;
        this.pending = new ArrayDeque<>(pending);
        this.window = window;
        this.offset = offset;
        this.pagesDone = window == null;
        this.swept = window == null;
    }

    public String entity() {
        return entity;
    }

    /** What the flow needs for the whole run (language, catalogue…). */
    C context() {
        return context;
    }

    public IngestWindow window() {
        return window;
    }

    /** Whether another change set is to be read or delivered in this run. */
    public boolean hasMore() {
        return !pending.isEmpty() || !pagesDone || !swept;
    }

    public int offset() {
        return offset;
    }

    /** Records read in this run and, of those, records whose content changed: for the progress log. */
    public long read() {
        return read;
    }

    public long changed() {
        return changed;
    }

    /** A run that pages without a date window (stock, reconcile): no sweep. */
    IngestRun<C> withPages() {
        pagesDone = false;
        swept = true;
        return this;
    }

    void markSwept() {
        swept = true;
    }

    /** A change set found on the way (a product re-read by the stock flow), delivered before the next page. */
    void addPending(ChangeSet set) {
        if (!set.isEmpty()) {
            pending.add(set);
        }
    }

    ChangeSet nextPending() {
        return pending.poll();
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    boolean pagesDone() {
        return pagesDone;
    }

    void pageRead(List<Long> ids, int pageSize, ChangeSet changes) {
        if (window != null) {
            // the sweep of a window looks for the ids paging skipped; a flow without windows keeps none
            seen.addAll(ids);
        }
        pageRead(ids.size(), pageSize);
        changed += changes.size();
    }

    /** No more pages in this run. */
    void stopPaging() {
        pagesDone = true;
    }

    /** A page of {@code count} records read, none of them changed (a stock page whose text was the same again). */
    void pageRead(int count, int pageSize) {
        offset += count;
        pagesDone = count < pageSize;
        malformedTries = 0;
        read += count;
    }

    /** The ids of the window that paging did not return, to read in the sweep; null until computed. */
    List<Long> sweepLeft() {
        return sweepLeft;
    }

    void sweepFound(List<Long> ids) {
        sweepLeft = new java.util.ArrayList<>(ids);
        swept = ids.isEmpty();
    }

    /** A chunk of the sweep was read: its ids leave the list; the sweep ends when none are left. */
    void sweptChunk(List<Long> chunk, int rows, ChangeSet changes) {
        sweepLeft.subList(0, chunk.size()).clear();
        swept = sweepLeft.isEmpty();
        malformedTries = 0;
        read += rows;
        changed += changes.size();
    }

    Set<Long> seen() {
        return seen;
    }

    /**
     * The page (or sweep chunk) being read came back malformed once more: whether it is tried again as it is
     * ({@code maxRetries} times, like any transient failure) rather than narrowed down to the record at fault.
     */
    boolean retryMalformed(int maxRetries) {
        return ++malformedTries <= maxRetries;
    }

    void poisoned(List<PageNarrowing.Poisoned> found) {
        poisoned(entity, found);
    }

    /** Records at fault of another flow found on the way (a product the stock flow re-read). */
    void poisoned(String flow, List<PageNarrowing.Poisoned> found) {
        if (!found.isEmpty()) {
            poisoned.computeIfAbsent(flow, f -> new java.util.ArrayList<>()).addAll(found);
        }
    }

    /** The records found at fault since the last call, by flow, to dead-letter before the page is handed on. */
    public Map<String, List<PageNarrowing.Poisoned>> takePoisoned() {
        Map<String, List<PageNarrowing.Poisoned>> taken = Map.copyOf(poisoned);
        poisoned.clear();
        return taken;
    }

    /** Records of {@code flow} read well by an ordinary read: a letter left by an earlier poison read is closed. */
    void readWell(String flow, java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            readWell.computeIfAbsent(flow, f -> new LinkedHashSet<>()).addAll(ids);
        }
    }

    /** The records read well since the last call, by flow. */
    public Map<String, Set<Long>> takeReadWell() {
        Map<String, Set<Long>> taken = Map.copyOf(readWell);
        readWell.clear();
        return taken;
    }
}

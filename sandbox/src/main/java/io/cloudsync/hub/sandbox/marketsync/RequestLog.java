package io.cloudsync.hub.sandbox.marketsync;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request received on {@code /api}, numbered from 1 in the order their answers completed. The newest
 * {@code capacity} entries are kept (a benchmark sends hundreds of thousands); the counts per controller, verb and
 * status cover every request since the last {@link #clear}.
 */
public final class RequestLog {

    public static final int DEFAULT_CAPACITY = 200_000;
    private static final int MAX_COLUMN_SETS = 10_000;

    private final int capacity;
    private final Deque<LoggedRequest> entries = new ArrayDeque<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    // Most items of a batch send the same columns: one shared list per distinct set keeps the log small.
    private final Map<List<String>, List<String>> columnSets = new ConcurrentHashMap<>();
    private long lastSeq;

    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    public LoggedRequest record(String verb, String controller, String section, int status, Map<String, String> params,
                                List<String> skus, List<List<String>> columns, String error, long micros,
                                RequestTargets targets) {
        List<List<String>> shared = columns.stream().map(this::shared).toList();
        counts.computeIfAbsent(countKey(controller, section, verb, status), k -> new LongAdder()).increment();
        synchronized (this) {
            LoggedRequest entry = new LoggedRequest(++lastSeq, Instant.now(), verb, controller, section, status,
                    params, skus, shared, error, micros, targets);
            entries.addLast(entry);
            if (entries.size() > capacity) {
                entries.removeFirst();
            }
            return entry;
        }
    }

    /** Entries with a sequence number greater than {@code seq} (0 for all that are kept). */
    public synchronized List<LoggedRequest> since(long seq) {
        List<LoggedRequest> newer = new ArrayList<>();
        for (var it = entries.descendingIterator(); it.hasNext(); ) {
            LoggedRequest entry = it.next();
            if (entry.seq() <= seq) {
                break;
            }
            newer.add(entry);
        }
        Collections.reverse(newer);
        return newer;
    }

    public List<LoggedRequest> all() {
        return since(0);
    }

    public synchronized long lastSequence() {
        return lastSeq;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Requests per {@code controller[/section]} (numeric path steps shown as {@code {id}}), then verb, then status. */
    public Map<String, Map<String, Map<Integer, Long>>> counts() {
        Map<String, Map<String, Map<Integer, Long>>> tree = new TreeMap<>();
        counts.forEach((key, count) -> {
            String[] parts = key.split(" ");
            tree.computeIfAbsent(parts[0], k -> new TreeMap<>()).computeIfAbsent(parts[1], k -> new TreeMap<>())
                    .put(Integer.parseInt(parts[2]), count.sum());
        });
        return tree;
    }

    public synchronized void clear() {
        entries.clear();
        counts.clear();
        columnSets.clear();
        lastSeq = 0;
    }

    private List<String> shared(List<String> columns) {
        List<String> existing = columnSets.get(columns);
        if (existing != null) {
            return existing;
        }
        List<String> copy = List.copyOf(columns);
        if (columnSets.size() < MAX_COLUMN_SETS) {
            columnSets.putIfAbsent(copy, copy);
        }
        return copy;
    }

    private static String countKey(String controller, String section, String verb, int status) {
        String path = section.isEmpty() ? controller : controller + "/" + section;
        return path.replaceAll("/\\d+(?=/|$)", "/{id}").replace(' ', '_') + " " + verb + " " + status;
    }
}

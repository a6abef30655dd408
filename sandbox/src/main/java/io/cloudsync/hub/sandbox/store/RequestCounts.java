package io.cloudsync.hub.sandbox.store;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many webservice requests each resource received (for tests and benchmarks counting a connector's calls). */
public final class RequestCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder bytesSent = new LongAdder();

    public void count(String resource) {
        counts.computeIfAbsent(resource, key -> new LongAdder()).increment();
    }

    /** Body bytes of a webservice answer (what a client reads, before any transport compression). */
    public void sent(long bytes) {
        bytesSent.add(bytes);
    }

    public long bytesSent() {
        return bytesSent.sum();
    }

    public long of(String resource) {
        LongAdder count = counts.get(resource);
        return count == null ? 0 : count.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((resource, count) -> snapshot.put(resource, count.sum()));
        return snapshot;
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void reset() {
        counts.clear();
        bytesSent.reset();
    }
}

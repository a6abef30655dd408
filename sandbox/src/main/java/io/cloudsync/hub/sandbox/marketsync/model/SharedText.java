package io.cloudsync.hub.sandbox.marketsync.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance per short repeated value (dimensions, brands, colours, sizes, attribute values): a catalogue of
 * 100,000 products repeats them hundreds of thousands of times. Bounded, so unique values (SKUs) cannot grow it
 * without limit; past the bound, new values are simply not shared.
 */
public final class SharedText {

    static final int MAX_LENGTH = 40;
    static final int MAX_ENTRIES = 50_000;
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

    private SharedText() {
    }

    public static String of(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return value;
        }
        String shared = SHARED.get(value);
        if (shared != null) {
            return shared;
        }
        if (SHARED.size() >= MAX_ENTRIES) {
            return value;
        }
        shared = SHARED.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}

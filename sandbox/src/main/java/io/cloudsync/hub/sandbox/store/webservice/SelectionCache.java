package io.cloudsync.hub.sandbox.store.webservice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered ids a list query selected, kept while the shop is unchanged: a connector paging through a window
 * with {@code limit=offset,count} then pays for the filter and the sort once, not once per page.
 */
final class SelectionCache {

    /** What makes two selections equal (everything but the page). */
    record Key(String resource, Map<String, String> filters, List<ListQuery.SortTerm> sorts, boolean dateFilter,
               List<Integer> languageIds) {
    }

    private record Entry(long version, int[] ids) {
    }

    private static final int ENTRIES = 16;

    private final Map<Key, Entry> entries = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    synchronized int[] get(Key key, long version) {
        Entry entry = entries.get(key);
        return entry == null || entry.version() != version ? null : entry.ids();
    }

    synchronized void put(Key key, long version, int[] ids) {
        entries.put(key, new Entry(version, ids));
    }
}

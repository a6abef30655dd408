package io.cloudsync.hub.sandbox.store.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * Rows of one table addressed by their numeric id, like an auto-increment primary key: reads are lock-free and
 * see each immutable row whole; writes are serialised. Ids are never reused after a delete.
 */
public final class IdTable<T> {

    private volatile AtomicReferenceArray<T> rows = new AtomicReferenceArray<>(64);
    private volatile int maxId;
    private volatile int size;

    public T get(long id) {
        AtomicReferenceArray<T> current = rows;
        return id <= 0 || id >= current.length() ? null : current.get((int) id);
    }

    public boolean contains(long id) {
        return get(id) != null;
    }

    public synchronized void put(int id, T row) {
        if (id <= 0) {
            throw new IllegalArgumentException("ids start at 1, got " + id);
        }
        AtomicReferenceArray<T> current = rows;
        if (id >= current.length()) {
            AtomicReferenceArray<T> grown = new AtomicReferenceArray<>(Math.max(id + 1, current.length() * 2));
            for (int i = 0; i < current.length(); i++) {
                grown.set(i, current.get(i));
            }
            rows = grown;
            current = grown;
        }
        if (current.get(id) == null) {
            size++;
        }
        current.set(id, row);
        if (id > maxId) {
            maxId = id;
        }
    }

    public synchronized T remove(int id) {
        T previous = get(id);
        if (previous != null) {
            rows.set(id, null);
            size--;
        }
        return previous;
    }

    /** The id the next insert gets (auto-increment: one more than the highest id ever stored). */
    public synchronized int nextId() {
        return maxId + 1;
    }

    public int maxId() {
        return maxId;
    }

    public int size() {
        return size;
    }

    /** Every row in id order. */
    public void forEach(Consumer<T> action) {
        AtomicReferenceArray<T> current = rows;
        int last = Math.min(maxId, current.length() - 1);
        for (int id = 1; id <= last; id++) {
            T row = current.get(id);
            if (row != null) {
                action.accept(row);
            }
        }
    }

    public List<T> all() {
        List<T> all = new ArrayList<>(size);
        forEach(all::add);
        return all;
    }
}

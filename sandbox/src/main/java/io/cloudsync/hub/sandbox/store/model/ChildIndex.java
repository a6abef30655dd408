package io.cloudsync.hub.sandbox.store.model;

import java.util.Arrays;

/** Parent id → sorted child ids (a product's combinations, stock rows, specific prices). */
public final class ChildIndex {

    private static final int[] NONE = new int[0];
    private final IdTable<int[]> children = new IdTable<>();

    public int[] of(long parentId) {
        int[] ids = children.get(parentId);
        return ids == null ? NONE : ids;
    }

    public synchronized void add(int parentId, int childId) {
        int[] current = of(parentId);
        if (Arrays.binarySearch(current, childId) >= 0) {
            return;
        }
        int[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = childId;
        Arrays.sort(next);
        children.put(parentId, next);
    }

    public synchronized void remove(int parentId, int childId) {
        int[] current = of(parentId);
        int at = Arrays.binarySearch(current, childId);
        if (at < 0) {
            return;
        }
        int[] next = new int[current.length - 1];
        System.arraycopy(current, 0, next, 0, at);
        System.arraycopy(current, at + 1, next, at, current.length - at - 1);
        if (next.length == 0) {
            children.remove(parentId);
        } else {
            children.put(parentId, next);
        }
    }

    public synchronized void removeParent(int parentId) {
        children.remove(parentId);
    }

    /** Bulk load during generation: ids must already be sorted. */
    public synchronized void set(int parentId, int[] sortedChildIds) {
        children.put(parentId, sortedChildIds);
    }
}

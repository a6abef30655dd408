package io.cloudsync.hub.sandbox.store.webservice;

/** A stable merge sort of positions by a primitive comparison: sorting 100,000 rows without boxing a key. */
final class IndexSort {

    /** Compares the rows at two positions. */
    interface PositionComparator {
        int compare(int a, int b);
    }

    private static final int INSERTION_RUN = 24;

    private IndexSort() {
    }

    static void sort(int[] positions, PositionComparator comparator) {
        int[] buffer = positions.clone();
        mergeSort(buffer, positions, 0, positions.length, comparator);
    }

    /** Sorts {@code source[from, to)} into {@code target[from, to)}; both start with the same content. */
    private static void mergeSort(int[] source, int[] target, int from, int to, PositionComparator comparator) {
        if (to - from <= INSERTION_RUN) {
            for (int i = from + 1; i < to; i++) {
                int value = target[i];
                int j = i - 1;
                while (j >= from && comparator.compare(target[j], value) > 0) {
                    target[j + 1] = target[j];
                    j--;
                }
                target[j + 1] = value;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(target, source, from, middle, comparator);
        mergeSort(target, source, middle, to, comparator);
        if (comparator.compare(source[middle - 1], source[middle]) <= 0) {
            System.arraycopy(source, from, target, from, to - from);
            return;
        }
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right >= to || (left < middle && comparator.compare(source[left], source[right]) <= 0)) {
                target[i] = source[left++];
            } else {
                target[i] = source[right++];
            }
        }
    }
}

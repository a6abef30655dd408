package io.cloudsync.hub.sandbox.store.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {

    @Test
    void sortsLikeAStableSortOfTheKeys() {
        Random random = new Random(3);
        long[] keys = random.longs(5000, 0, 50).toArray();
        int[] positions = IntStream.range(0, keys.length).toArray();

        IndexSort.sort(positions, (a, b) -> Long.compare(keys[a], keys[b]));

        Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, Comparator.comparingLong(i -> keys[i]));
        assertThat(positions).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }
}

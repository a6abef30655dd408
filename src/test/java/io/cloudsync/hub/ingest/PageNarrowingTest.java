package io.cloudsync.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.store.MalformedAnswerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page that stays malformed is read in halves down to the records at fault; the rest is kept in order. */
class PageNarrowingTest {

    /** A window of records 100, 101, …; reading a range that holds a poisoned one fails. */
    private static PageNarrowing<List<Long>> window(int size, Set<Long> poisoned, List<String> reads) {
        return new PageNarrowing<>((offset, count) -> {
            reads.add(offset + "," + count);
            List<Long> ids = IntStream.range(offset, Math.min(size, offset + count)).mapToObj(i -> 100L + i).toList();
            if (ids.stream().anyMatch(poisoned::contains)) {
                throw new MalformedAnswerException("not JSON", "{\"products\":[{\"id\":1,\"name\":\"trunc");
            }
            return ids;
        }, List::size, offset -> offset < size ? Optional.of(100L + offset) : Optional.empty());
    }

    @Test
    void theRecordsAtFaultAreFoundAndTheOthersReadInOrder() {
        List<String> reads = new ArrayList<>();
        var narrowed = window(100, Set.of(105L, 106L), reads)
                .narrow(0, 8, new MalformedAnswerException("not JSON", "raw"));

        assertThat(narrowed.parts().stream().flatMap(List::stream).toList())
                .containsExactly(100L, 101L, 102L, 103L, 104L, 107L);
        assertThat(narrowed.poisoned()).extracting(PageNarrowing.Poisoned::id).containsExactly(105L, 106L);
        assertThat(narrowed.poisoned().get(0).error().rawAnswer()).contains("trunc");
        assertThat(narrowed.records()).isEqualTo(8);
        assertThat(reads).as("halves, quarters, then single records").startsWith("0,4", "4,4", "4,2");
    }

    @Test
    void theLastPageOfTheWindowEndsWhereTheRecordsEnd() {
        var narrowed = window(5, Set.of(103L), new ArrayList<>())
                .narrow(0, 8, new MalformedAnswerException("not JSON", "raw"));

        assertThat(narrowed.parts().stream().flatMap(List::stream).toList()).containsExactly(100L, 101L, 102L, 104L);
        assertThat(narrowed.poisoned()).extracting(PageNarrowing.Poisoned::id).containsExactly(103L);
        assertThat(narrowed.records()).as("fewer than a page: the paging is over").isEqualTo(5);
    }

    @Test
    void aSweepChunkReadByIdIsNarrowedToo() {
        List<Long> chunk = List.of(7L, 9L, 11L, 12L, 15L);
        var narrowed = PageNarrowing.overIds(chunk, ids -> {
            if (ids.contains(12L)) {
                throw new MalformedAnswerException("not JSON", "raw");
            }
            return ids.stream().filter(id -> id != 9L).toList(); // 9 no longer exists
        }).narrow(0, chunk.size(), new MalformedAnswerException("not JSON", "raw"));

        assertThat(narrowed.parts().stream().flatMap(List::stream).toList()).containsExactly(7L, 11L, 15L);
        assertThat(narrowed.poisoned()).extracting(PageNarrowing.Poisoned::id).containsExactly(12L);
        assertThat(narrowed.records()).as("every id of the chunk accounted for").isEqualTo(5);
    }

    @Test
    void aRawAnswerIsCutToASaneSize() {
        var error = new MalformedAnswerException("not JSON", "x".repeat(MalformedAnswerException.MAX_RAW_CHARS * 3));

        assertThat(error.rawAnswer()).hasSizeLessThan(MalformedAnswerException.MAX_RAW_CHARS + 100).endsWith("characters)");
    }
}

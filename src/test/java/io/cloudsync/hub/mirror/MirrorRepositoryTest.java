package io.cloudsync.hub.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

class MirrorRepositoryTest {

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");

    @EngineTest
    void aFirstPageIsAllCreates(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);

        List<MirrorChange> changes = mirror.upsertPage("products", List.of(product("1", "red"), product("2", "blue")));

        assertThat(changes).extracting(MirrorChange::storeId, MirrorChange::action, MirrorChange::changeSeq)
                .containsExactly(tuple("1", SyncAction.CREATE, 1L), tuple("2", SyncAction.CREATE, 2L));
        MirrorRecord stored = mirror.find("products", "1").orElseThrow();
        assertThat(stored.sku()).isEqualTo("SKU-1");
        assertThat(stored.payload()).isEqualTo(payload("1", "red"));
        assertThat(stored.contentHash()).isEqualTo(ContentHash.of(payload("1", "red")));
        assertThat(stored.deleted()).isFalse();
        assertThat(stored.firstSeen()).isEqualTo(clock.instant());
        assertThat(stored.changedAt()).isEqualTo(clock.instant());
    }

    @EngineTest
    void onlyChangedHashesAreWrittenAndReported(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("products", List.of(product("1", "red"), product("2", "blue")));
        Instant first = clock.instant();
        clock.advance(Duration.ofMinutes(5));

        List<MirrorChange> changes = mirror.upsertPage("products",
                List.of(product("1", "red"), product("2", "green"), product("3", "black")));

        assertThat(changes).extracting(MirrorChange::storeId, MirrorChange::action, MirrorChange::changeSeq)
                .containsExactly(tuple("2", SyncAction.UPDATE, 3L), tuple("3", SyncAction.CREATE, 4L));
        MirrorRecord unchanged = mirror.find("products", "1").orElseThrow();
        assertThat(unchanged.changeSeq()).isEqualTo(1L);
        assertThat(unchanged.changedAt()).isEqualTo(first);
        MirrorRecord updated = mirror.find("products", "2").orElseThrow();
        assertThat(updated.syncAction()).isEqualTo(SyncAction.UPDATE);
        assertThat(updated.firstSeen()).isEqualTo(first);
        assertThat(updated.changedAt()).isEqualTo(clock.instant());
        assertThat(updated.payload()).contains("green");
    }

    @EngineTest
    void anUnchangedPageWritesNothing(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("products", List.of(product("1", "red")));

        assertThat(mirror.upsertPage("products", List.of(product("1", "red")))).isEmpty();
        assertThat(mirror.changesSince("products", 0, 10)).hasSize(1);
    }

    @EngineTest
    void aStoreIdTwiceInOnePageCountsOnceWithTheLastContent(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);

        List<MirrorChange> changes = mirror.upsertPage("products", List.of(product("1", "red"), product("1", "blue")));

        assertThat(changes).singleElement().extracting(MirrorChange::payload).isEqualTo(payload("1", "blue"));
    }

    @EngineTest
    void deletesAreReportedOnceAndARecordThatComesBackIsCreatedAgain(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("products", List.of(product("1", "red"), product("2", "blue")));

        List<MirrorChange> deleted = mirror.markDeleted("products", List.of("2", "404"));

        assertThat(deleted).extracting(MirrorChange::storeId, MirrorChange::action, MirrorChange::changeSeq,
                MirrorChange::payload).containsExactly(tuple("2", SyncAction.DELETE, 3L, payload("2", "blue")));
        assertThat(mirror.markDeleted("products", List.of("2"))).isEmpty();
        assertThat(mirror.liveStoreIds("products")).containsExactly("1");
        MirrorRecord gone = mirror.find("products", "2").orElseThrow();
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.syncAction()).isEqualTo(SyncAction.DELETE);

        List<MirrorChange> back = mirror.upsertPage("products", List.of(product("2", "blue")));

        assertThat(back).extracting(MirrorChange::action, MirrorChange::changeSeq)
                .containsExactly(tuple(SyncAction.CREATE, 4L));
        assertThat(mirror.find("products", "2").orElseThrow().deleted()).isFalse();
    }

    @EngineTest
    void changesArePagedByCursorPerEntity(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("products", IntStream.rangeClosed(1, 5).mapToObj(i -> product("" + i, "red")).toList());
        mirror.upsertPage("customers", List.of(MirrorUpsert.of("7", null, "{\"id\":7}")));
        mirror.upsertPage("products", List.of(product("2", "blue")));

        List<MirrorRecord> first = mirror.changesSince("products", 0, 3);
        List<MirrorRecord> second = mirror.changesSince("products", first.get(2).changeSeq(), 3);

        // product 2 changed last, so it moved to the end of the feed
        assertThat(first).extracting(MirrorRecord::storeId).containsExactly("1", "3", "4");
        assertThat(second).extracting(MirrorRecord::storeId).containsExactly("5", "2");
        assertThat(second.get(1).payload()).contains("blue");
        assertThat(mirror.changesSince("products", 6, 10)).isEmpty();
        assertThat(mirror.changesSince("customers", 0, 10)).extracting(MirrorRecord::changeSeq).containsExactly(1L);
    }

    @EngineTest
    void recordsAreFoundBySku(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("products", List.of(product("1", "red"), product("2", "red")));

        assertThat(mirror.findBySku("products", "SKU-2")).extracting(MirrorRecord::storeId).containsExactly("2");
        assertThat(mirror.findBySku("products", "nope")).isEmpty();
    }

    @EngineTest
    void concurrentWritersOfOneEntityGetDistinctGaplessSequenceNumbers(TestDatabase db) throws Exception {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        int writers = 4;
        int pages = 10;
        int pageSize = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(() -> {
                    int written = 0;
                    for (int p = 0; p < pages; p++) {
                        int page = p;
                        written += mirror.upsertPage("products", IntStream.range(0, pageSize)
                                .mapToObj(i -> product(writer + "-" + page + "-" + i, "red")).toList()).size();
                    }
                    return written;
                });
            }
            int total = 0;
            for (Future<Integer> result : pool.invokeAll(work)) {
                total += result.get();
            }
            assertThat(total).isEqualTo(writers * pages * pageSize);
        } finally {
            pool.shutdownNow();
        }

        List<Long> seqs = mirror.changesSince("products", 0, 10_000).stream().map(MirrorRecord::changeSeq).toList();

        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, writers * pages * pageSize).boxed().toList());
    }

    private static MirrorUpsert product(String id, String colour) {
        return MirrorUpsert.of(id, "SKU-" + id, payload(id, colour));
    }

    private static String payload(String id, String colour) {
        return "{\"id\":\"" + id + "\",\"colour\":\"" + colour + "\"}";
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}

package io.cloudsync.hub.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockSnapshotRepositoryTest {

    @Test
    void diffReportsNewAndChangedLinesOnly() {
        Map<StockKey, Integer> previous = Map.of(new StockKey(1, 0), 5, new StockKey(1, 11), 2);

        List<StockChange> changes = StockSnapshotRepository.diff(previous,
                List.of(new StockLevel(1, 0, 5), new StockLevel(1, 11, 0), new StockLevel(2, 0, 7)));

        assertThat(changes).containsExactly(new StockChange(1, 11, 2, 0), new StockChange(2, 0, null, 7));
        assertThat(changes.get(1).isNew()).isTrue();
    }

    @Test
    void diffTakesTheLastLevelOfALineSeenTwice() {
        assertThat(StockSnapshotRepository.diff(Map.of(new StockKey(1, 0), 5),
                List.of(new StockLevel(1, 0, 3), new StockLevel(1, 0, 5)))).isEmpty();
    }

    @EngineTest
    void aPageIsDiffedAndSaved(TestDatabase db) {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());

        List<StockChange> first = stock.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(1, 11, 2)));
        List<StockChange> second = stock.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(1, 11, 1),
                new StockLevel(2, 0, 9)));

        assertThat(first).containsExactly(new StockChange(1, 0, null, 5), new StockChange(1, 11, null, 2));
        assertThat(second).containsExactly(new StockChange(1, 11, 2, 1), new StockChange(2, 0, null, 9));
        assertThat(stock.quantities(List.of(1L, 2L))).containsOnly(Map.entry(new StockKey(1, 0), 5),
                Map.entry(new StockKey(1, 11), 1), Map.entry(new StockKey(2, 0), 9));
        assertThat(stock.quantity(1, 11)).contains(1);
        assertThat(stock.quantity(3, 0)).isEmpty();
    }

    @EngineTest
    void eachLineIsFoundByTheStoresIdOfTheLineOnceAPageOrAConfirmationCarriedIt(TestDatabase db) {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        stock.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(1, 11, 2), new StockLevel(2, 0, 1)));
        assertThat(stock.linesByStockId(List.of(101L, 102L, 103L))).as("saved without their ids").isEmpty();

        assertThat(stock.applyPage(List.of(new StockLevel(1, 0, 5, 101), new StockLevel(1, 11, 3, 102))))
                .as("an unchanged line is no change, its id is recorded all the same")
                .containsExactly(new StockChange(1, 11, 2, 3));
        stock.confirm(List.of(new StockLevel(2, 0, 1, 103)), java.time.Instant.parse("2024-06-15T10:00:00Z"),
                "stock");
        stock.applyPage(List.of(new StockLevel(1, 11, 4)));

        assertThat(stock.linesByStockId(List.of(101L, 102L, 103L, 999L))).containsOnly(
                Map.entry(101L, new StockKey(1, 0)), Map.entry(102L, new StockKey(1, 11)),
                Map.entry(103L, new StockKey(2, 0)));
        assertThat(stock.quantity(1, 11)).as("a writer without the id keeps it").contains(4);
    }

    @EngineTest
    void anUnchangedPageReportsNothing(TestDatabase db) {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        stock.applyPage(List.of(new StockLevel(1, 0, 5)));

        assertThat(stock.applyPage(List.of(new StockLevel(1, 0, 5)))).isEmpty();
        assertThat(stock.applyPage(List.of())).isEmpty();
    }

    @EngineTest
    void aDeletedProductComesBackAsNew(TestDatabase db) {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        stock.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(1, 11, 2), new StockLevel(2, 0, 1)));

        assertThat(stock.deleteProducts(List.of(1L))).isEqualTo(2);

        assertThat(stock.applyPage(List.of(new StockLevel(1, 0, 5)))).containsExactly(new StockChange(1, 0, null, 5));
        assertThat(stock.quantity(2, 0)).contains(1);
    }

    /**
     * A poll page's fingerprint holds while only poll pages change the snapshot; every other writer forgets all of
     * them in its transaction (a quantity it wrote may differ from what the page's text says).
     */
    @EngineTest
    void pageFingerprintsHoldUntilAnythingButAPollPageChangesTheSnapshot(TestDatabase db) {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        StockPageFingerprint first = StockPageFingerprint.of(0, 2, page("[first page]"));
        StockPageFingerprint second = StockPageFingerprint.of(2, 2, page("[second page]"));
        stock.applyPollPage(List.of(new StockLevel(1, 0, 5), new StockLevel(1, 11, 5)), "stock", first);
        stock.applyPollPage(List.of(new StockLevel(2, 0, 1)), "stock", second);
        assertThat(stock.unchangedPage(first)).hasValue(2);
        assertThat(stock.unchangedPage(second)).hasValue(1);
        assertThat(stock.unchangedPage(StockPageFingerprint.of(0, 2, page("[first page, changed]")))).isEmpty();
        assertThat(stock.unchangedPage(StockPageFingerprint.of(0, 3, page("[first page]")))).as("another page size")
                .isEmpty();

        StockPageFingerprint changedFirst = StockPageFingerprint.of(0, 2, page("[first page, changed]"));
        stock.applyPollPage(List.of(new StockLevel(1, 0, 6), new StockLevel(1, 11, 5)), "stock", changedFirst);
        assertThat(stock.unchangedPage(changedFirst)).hasValue(2);
        assertThat(stock.unchangedPage(second)).as("kept: its lines are its own").hasValue(1);

        assertThat(stock.applyPage(List.of(new StockLevel(2, 0, 1)))).as("no change").isEmpty();
        assertThat(stock.unchangedPage(second)).hasValue(1);
        stock.applyPage(List.of(new StockLevel(2, 0, 4)));
        assertThat(stock.unchangedPage(second)).as("forgotten by another writer's change").isEmpty();

        for (Runnable writer : List.<Runnable>of(() -> stock.deleteProducts(List.of(1L)), stock::clear,
                () -> stock.confirm(List.of(new StockLevel(2, 0, 9)), java.time.Instant.now(), "stock"))) {
            stock.applyPollPage(List.of(new StockLevel(1, 0, 6), new StockLevel(1, 11, 5)), "stock", first);
            stock.applyPollPage(List.of(new StockLevel(2, 0, 4)), "stock", second);
            writer.run();
            assertThat(stock.unchangedPage(first)).isEmpty();
            assertThat(stock.unchangedPage(second)).isEmpty();
        }
    }

    @EngineTest
    void largePagesAreReadInChunks(TestDatabase db) {
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        List<StockLevel> page = java.util.stream.LongStream.rangeClosed(1, 1_200)
                .mapToObj(id -> new StockLevel(id, 0, 1)).toList();
        stock.applyPage(page);

        List<StockLevel> changed = page.stream().map(level -> new StockLevel(level.productId(), 0,
                level.productId() % 2 == 0 ? 2 : 1)).toList();

        assertThat(stock.applyPage(changed)).hasSize(600);
    }

    @EngineTest
    void aSavedChangeTouchesTheLiveMirrorRecordOfItsProductOnly(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource());
        mirror.upsertPage("products", List.of(MirrorUpsert.of("1", "A", "{\"id\":1}"),
                MirrorUpsert.of("2", "B", "{\"id\":2}"), MirrorUpsert.of("3", "C", "{\"id\":3}")));
        mirror.upsertPage("orders", List.of(MirrorUpsert.of("1", null, "{\"id\":1}")));
        stock.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(2, 0, 5), new StockLevel(3, 0, 5)));
        mirror.markDeleted("products", List.of("3"));
        MirrorRecord one = mirror.find("products", "1").orElseThrow();
        MirrorRecord two = mirror.find("products", "2").orElseThrow();
        MirrorRecord three = mirror.find("products", "3").orElseThrow();
        MirrorRecord order = mirror.find("orders", "1").orElseThrow();

        List<String> queued = stock.applyPageAndQueue(List.of(new StockLevel(1, 0, 4), new StockLevel(2, 0, 5),
                new StockLevel(3, 0, 0)), "stock").storeIds();

        MirrorRecord touched = mirror.find("products", "1").orElseThrow();
        assertThat(touched.changeSeq()).isEqualTo(three.changeSeq() + 1);
        assertThat(touched.changedAt()).isAfter(three.changedAt());
        assertThat(touched.syncAction()).isEqualTo(SyncAction.UPDATE);
        assertThat(touched.contentHash()).isEqualTo(one.contentHash());
        assertThat(touched.payload()).isEqualTo(one.payload());
        assertThat(mirror.find("products", "2").orElseThrow()).as("its stock did not change").isEqualTo(two);
        assertThat(mirror.find("products", "3").orElseThrow()).as("deleted stays deleted").isEqualTo(three);
        assertThat(mirror.find("orders", "1").orElseThrow()).isEqualTo(order);
        assertThat(queued).containsExactly("1", "3");
        long last = mirror.lastChange("products").orElseThrow().changeSeq();
        assertThat(stock.applyPage(List.of(new StockLevel(1, 0, 4)))).isEmpty();
        assertThat(mirror.lastChange("products").orElseThrow().changeSeq()).isEqualTo(last);
    }

    private static byte[] page(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

package io.cloudsync.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import java.util.List;

class ChangeOutboxTest {

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");

    @EngineTest
    void aMirrorPageQueuesOnlyTheRecordsWhoseContentChanged(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        ChangeOutbox outbox = new ChangeOutbox(db.dataSource(), clock);

        ChangeSet first = mirror.writePage("products", "products", List.of(MirrorUpsert.of("1", "SKU-1", "{\"n\":1}"),
                MirrorUpsert.of("2", "SKU-2", "{\"n\":2}")));
        ChangeSet second = mirror.writePage("products", "products", List.of(MirrorUpsert.of("1", "SKU-1", "{\"n\":1}"),
                MirrorUpsert.of("2", "SKU-2", "{\"n\":3}")));

        assertThat(first.storeIds()).containsExactly("1", "2");
        assertThat(second.storeIds()).containsExactly("2");
        assertThat(outbox.pending("products")).containsExactly(first, second);
        assertThat(outbox.pending("stock")).isEmpty();
    }

    @EngineTest
    void aPageWithoutChangesQueuesNothing(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.writePage("products", "products", List.of(MirrorUpsert.of("1", "SKU-1", "{}")));
        ChangeOutbox outbox = new ChangeOutbox(db.dataSource(), clock);
        outbox.pending("products").forEach(outbox::done);

        ChangeSet unchanged = mirror.writePage("products", "products", List.of(MirrorUpsert.of("1", "SKU-1", "{}")));

        assertThat(unchanged.isEmpty()).isTrue();
        assertThat(unchanged.id()).isZero();
        assertThat(outbox.pendingCount("products")).isZero();
    }

    @EngineTest
    void aReconcilePageQueuesEveryRecordChangedOrNot(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.writePage("products", "products", List.of(MirrorUpsert.of("1", "SKU-1", "{}")));

        ChangeSet all = mirror.writePageQueueingAll("reconcile", "products",
                List.of(MirrorUpsert.of("1", "SKU-1", "{}"), MirrorUpsert.of("2", "SKU-2", "{}")));

        assertThat(all.storeIds()).containsExactly("1", "2");
        assertThat(new ChangeOutbox(db.dataSource(), clock).pending("reconcile")).containsExactly(all);
    }

    @EngineTest
    void deletionsAndStockChangesAreQueuedWithTheirWrites(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource(), clock);
        ChangeOutbox outbox = new ChangeOutbox(db.dataSource(), clock);
        mirror.upsertPage("products", List.of(MirrorUpsert.of("1", "SKU-1", "{}"), MirrorUpsert.of("2", "SKU-2", "{}")));

        ChangeSet deleted = mirror.markDeletedAndQueue("reconcile", "products", List.of("2", "3"));
        ChangeSet stockChanged = stock.applyPageAndQueue(List.of(new StockLevel(1, 0, 5), new StockLevel(1, 7, 5)),
                "stock");
        ChangeSet stockSame = stock.applyPageAndQueue(List.of(new StockLevel(1, 0, 5)), "stock");

        assertThat(deleted.storeIds()).containsExactly("2");
        assertThat(stockChanged.entity()).isEqualTo(StockSnapshotRepository.ENTITY);
        assertThat(stockChanged.storeIds()).containsExactly("1");
        assertThat(stockSame.isEmpty()).isTrue();
        assertThat(outbox.pending("reconcile")).containsExactly(deleted);
        assertThat(outbox.pending("stock")).containsExactly(stockChanged);
    }

    @EngineTest
    void aDeliveredSetLeavesTheOutbox(TestDatabase db) {
        ChangeOutbox outbox = new ChangeOutbox(db.dataSource(), clock);
        ChangeSet one = outbox.add("products", "products", List.of("1", "2", "1"));
        ChangeSet two = outbox.add("products", "products", List.of("3"));

        outbox.done(one);

        assertThat(one.storeIds()).containsExactly("1", "2");
        assertThat(one.key()).isEqualTo("products:" + one.id());
        assertThat(outbox.pending("products")).containsExactly(two);
        assertThat(outbox.pendingCount("products")).isEqualTo(1);
    }
}

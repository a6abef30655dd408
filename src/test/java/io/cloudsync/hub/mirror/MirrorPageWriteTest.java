package io.cloudsync.hub.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.StateException;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A page written with its deletions and what derives from it, in one transaction; change times unique and
 * increasing per entity, whatever the clock does.
 */
class MirrorPageWriteTest {

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");

    @EngineTest
    void recordsWrittenAtOnceGetIncreasingTimesOneMicrosecondApart(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);

        mirror.upsertPage("orders", records(1, 3));
        mirror.upsertPage("orders", records(4, 5));
        clock.advance(Duration.ofMinutes(-10));
        mirror.upsertPage("orders", records(6, 6));

        List<MirrorRecord> feed = mirror.changesSince("orders", 0, 100);
        Instant start = clock.instant().plus(Duration.ofMinutes(10));
        assertThat(feed).extracting(MirrorRecord::changedAt).containsExactly(start, start.plus(1, ChronoUnit.MICROS),
                start.plus(2, ChronoUnit.MICROS), start.plus(3, ChronoUnit.MICROS), start.plus(4, ChronoUnit.MICROS),
                start.plus(5, ChronoUnit.MICROS));
        assertThat(feed).extracting(MirrorRecord::firstSeen).first().isEqualTo(start);
        assertThat(mirror.lastChange("orders")).contains(new MirrorRepository.LastChange(6,
                start.plus(5, ChronoUnit.MICROS)));
    }

    @EngineTest
    void timesOfOneEntityDoNotHoldBackAnother(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("orders", records(1, 3));

        mirror.upsertPage("customers", records(1, 1));

        assertThat(mirror.find("customers", "1").orElseThrow().changedAt()).isEqualTo(clock.instant());
    }

    @EngineTest
    void aPageWithDeletionsAndItsDerivedRowsIsOneChangeSet(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("customers", records(1, 3));
        List<MirrorChange> seen = new ArrayList<>();

        ChangeSet set = mirror.writePage("customers", "customers", List.of(record(2, "blue"), record(4, "red")),
                List.of("3", "99"), (connection, changes) -> seen.addAll(changes));

        assertThat(set.storeIds()).containsExactly("2", "4", "3");
        assertThat(seen).extracting(MirrorChange::storeId, MirrorChange::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2", SyncAction.UPDATE),
                org.assertj.core.groups.Tuple.tuple("4", SyncAction.CREATE),
                org.assertj.core.groups.Tuple.tuple("3", SyncAction.DELETE));
        assertThat(mirror.find("customers", "3").orElseThrow().deleted()).isTrue();
        assertThat(new ChangeOutbox(db.dataSource()).pending("customers")).containsExactly(set);
    }

    @EngineTest
    void whenTheDerivedRowsFailNothingOfThePageIsWritten(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), clock);
        mirror.upsertPage("orders", records(1, 2));

        assertThatThrownBy(() -> mirror.writePage("orders", "orders", List.of(record(1, "blue"), record(3, "red")),
                List.of("2"), (connection, changes) -> {
                    throw new SQLException("report table unavailable");
                })).isInstanceOf(StateException.class).hasMessageContaining("report table unavailable");

        assertThat(mirror.find("orders", "1").orElseThrow().payload()).contains("red");
        assertThat(mirror.find("orders", "2").orElseThrow().deleted()).isFalse();
        assertThat(mirror.find("orders", "3")).isEmpty();
        assertThat(new ChangeOutbox(db.dataSource()).pending("orders")).isEmpty();
        assertThat(mirror.lastChange("orders").orElseThrow().changeSeq()).isEqualTo(2);
    }

    private static List<MirrorUpsert> records(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> record(i, "red")).toList();
    }

    private static MirrorUpsert record(int id, String colour) {
        return MirrorUpsert.of(Integer.toString(id), null, "{\"id\":" + id + ",\"colour\":\"" + colour + "\"}");
    }
}

package io.cloudsync.hub.marketsync.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.logging.SecretRedactor;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.SyncAction;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.outbox.ChangeOutbox;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.outbox.IdCheckpointRepository;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The marketplace order poll without Camel, run the way routes/marketsync-orders.camel.yaml runs it: new orders by
 * id from the saved position, the look-back pass for later changes, the outbox and the position across a crash.
 */
class MarketplaceOrderIngestTest {

    /** 2024-06-01 12:00 in Mexico City. */
    private static final LocalDateTime NOW_MEXICO = LocalDateTime.of(2024, 6, 1, 12, 0);

    private final MutableClock clock = MutableClock.at("2024-06-01T18:00:00Z");
    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final MirrorRepository mirror = new MirrorRepository(db.dataSource());
    private final ChangeOutbox outbox = new ChangeOutbox(db.dataSource());
    private final CheckpointRepository checkpoints = new CheckpointRepository(db.dataSource(),
            SecretRedactor.forConfiguration(Map.of()));
    private final IdCheckpointRepository positions = new IdCheckpointRepository(db.dataSource());
    private final ScriptedOrders marketSync = new ScriptedOrders();
    private final MarketplaceOrderSettings settings = new MarketplaceOrderSettings(2, Duration.ofDays(3),
            Duration.ofMinutes(10));

    @AfterEach
    void close() {
        db.close();
    }

    private MarketplaceOrderIngest ingest() {
        return new MarketplaceOrderIngest(marketSync, mirror, outbox, checkpoints, positions, settings, clock,
                CanonicalJson.mapper());
    }

    /** One poll as the route runs it; returns the non-empty change sets handed to the sinks. */
    private static List<ChangeSet> poll(MarketplaceOrderIngest ingest) {
        List<ChangeSet> handed = new ArrayList<>();
        MarketplaceOrderRun run = ingest.start();
        while (run.hasMore()) {
            ChangeSet set = ingest.next(run);
            if (!set.isEmpty()) {
                handed.add(set);
            }
            ingest.delivered(run, set);
        }
        ingest.finish(run);
        return handed;
    }

    private static List<String> ids(List<ChangeSet> sets) {
        return sets.stream().flatMap(set -> set.storeIds().stream()).toList();
    }

    @Test
    void theFirstPollReadsTheLookBackWindowOnlyAndSavesThePosition() {
        marketSync.add(100, NOW_MEXICO.minusDays(10), "paid");
        marketSync.add(101, NOW_MEXICO.minusDays(2), "paid");
        marketSync.add(102, NOW_MEXICO.minusHours(5), "paid");
        marketSync.add(103, NOW_MEXICO.minusMinutes(1), "paid");

        List<ChangeSet> handed = poll(ingest());

        assertThat(ids(handed)).as("an order older than the look-back is history").containsExactly("101", "102", "103");
        assertThat(marketSync.calls).containsExactly("after=2024-05-29T12:00&offset=0",
                "after=2024-05-29T12:00&offset=2");
        assertThat(positions.lastId(MarketplaceOrderIngest.FLOW)).contains(103L);
        assertThat(mirror.find(MarketplaceOrder.ENTITY, "103")).hasValueSatisfying(record -> {
            assertThat(record.sku()).as("the marketplace's order number").isEqualTo("200000000103");
            assertThat(record.payload()).contains("\"stage\":\"PAID\"");
        });
        assertThat(checkpoints.find(MarketplaceOrderIngest.FLOW)).hasValueSatisfying(
                checkpoint -> assertThat(checkpoint.lastSuccessAt()).isNotNull());
    }

    @Test
    void laterPollsPageNewOrdersByIdAndAnUnchangedOrderIsNoChange() {
        marketSync.add(101, NOW_MEXICO.minusDays(2), "paid");
        MarketplaceOrderIngest ingest = ingest();
        poll(ingest);
        marketSync.calls.clear();
        marketSync.add(102, NOW_MEXICO, "paid");
        marketSync.add(103, NOW_MEXICO, "paid");
        marketSync.add(104, NOW_MEXICO, "paid");

        List<ChangeSet> handed = poll(ingest);

        assertThat(ids(handed)).containsExactly("102", "103", "104");
        // the sandbox's afterid includes the id itself: each full page brings one new order fewer
        assertThat(marketSync.calls).as("no look-back: the first poll read its window 0 minutes ago")
                .containsExactly("afterid=101", "afterid=102", "afterid=103", "afterid=104");
        assertThat(positions.lastId(MarketplaceOrderIngest.FLOW)).contains(104L);
        assertThat(poll(ingest)).isEmpty();
    }

    @Test
    void theCheckpointKeepsTheLatestMarketSyncTimeTheNewOrderPassRead() {
        marketSync.add(101, NOW_MEXICO.minusDays(2), "paid").put("fecha_orden", "2024-05-30 12:02:00");
        MarketplaceOrderIngest ingest = ingest();
        poll(ingest);
        assertThat(checkpoints.find(MarketplaceOrderIngest.FLOW)).hasValueSatisfying(checkpoint -> {
            assertThat(checkpoint.syncedUntil()).as("the registration MarketSync sent")
                    .isEqualTo(LocalDateTime.of(2024, 5, 30, 12, 2));
            assertThat(checkpoint.zone()).isEqualTo(java.time.ZoneId.of("America/Mexico_City"));
        });

        marketSync.add(102, NOW_MEXICO.minusMinutes(3), "paid").put("fecha_orden", "2024-06-01 11:59:00")
                .put("fecha", "2024-06-01 11:59:40");
        poll(ingest);
        assertThat(checkpoints.find(MarketplaceOrderIngest.FLOW).orElseThrow().syncedUntil())
                .as("a later change time of a new order is MarketSync's clock too")
                .isEqualTo(LocalDateTime.of(2024, 6, 1, 11, 59, 40));

        marketSync.orders().get(101L).put("estatus", "cancelled").put("fecha", "2024-06-01 12:30:00");
        clock.advance(Duration.ofMinutes(10));
        poll(ingest);
        assertThat(checkpoints.find(MarketplaceOrderIngest.FLOW).orElseThrow().syncedUntil())
                .as("the look-back pass reads after the new orders' end: it tells nothing about them")
                .isEqualTo(LocalDateTime.of(2024, 6, 1, 11, 59, 40));
    }

    @Test
    void aPollWithNoNewOrderMovesTheCheckpointToTheTimeMarketSyncAnswered() {
        marketSync.add(101, NOW_MEXICO.minusMinutes(5), "paid").put("fecha_orden", "2024-06-01 11:55:00");
        marketSync.answeredAt = LocalDateTime.of(2024, 6, 1, 11, 55, 30);
        MarketplaceOrderIngest ingest = ingest();
        poll(ingest);
        assertThat(checkpoints.find(MarketplaceOrderIngest.FLOW).orElseThrow().syncedUntil())
                .isEqualTo(LocalDateTime.of(2024, 6, 1, 11, 55, 30));

        marketSync.answeredAt = LocalDateTime.of(2024, 6, 1, 12, 0, 0);
        clock.advance(Duration.ofMinutes(5));
        poll(ingest);

        assertThat(checkpoints.find(MarketplaceOrderIngest.FLOW).orElseThrow().syncedUntil())
                .as("no new order: every order MarketSync registered by its answer was read")
                .isEqualTo(LocalDateTime.of(2024, 6, 1, 12, 0, 0));
    }

    @Test
    void theLookBackPassFindsAStatusChangeOnceItIsDue() {
        marketSync.add(101, NOW_MEXICO.minusDays(2), "paid");
        marketSync.add(102, NOW_MEXICO.minusDays(1), "paid");
        MarketplaceOrderIngest ingest = ingest();
        poll(ingest);
        long firstChange = mirror.find(MarketplaceOrder.ENTITY, "101").orElseThrow().changeSeq();
        marketSync.setStatus(101, "cancelled");

        assertThat(poll(ingest)).as("the look-back is not due yet").isEmpty();
        clock.advance(Duration.ofMinutes(10));
        marketSync.calls.clear();
        List<ChangeSet> handed = poll(ingest);

        assertThat(ids(handed)).containsExactly("101");
        assertThat(marketSync.calls).containsExactly("afterid=102", "after=2024-05-29T12:10&offset=0",
                "after=2024-05-29T12:10&offset=2");
        assertThat(mirror.find(MarketplaceOrder.ENTITY, "101")).hasValueSatisfying(record -> {
            assertThat(record.syncAction()).isEqualTo(SyncAction.UPDATE);
            assertThat(record.changeSeq()).isGreaterThan(firstChange);
            assertThat(record.payload()).contains("\"word\":\"cancelled\"", "\"stage\":\"CANCELLED\"");
        });
    }

    @Test
    void aCrashBeforeDeliveryHandsTheSetOnFirstAndReadsThePageAgainWithoutAChange() {
        marketSync.add(101, NOW_MEXICO.minusDays(2), "paid");
        poll(ingest());
        marketSync.add(102, NOW_MEXICO, "paid");
        MarketplaceOrderIngest crashed = ingest();
        MarketplaceOrderRun run = crashed.start();
        ChangeSet written = crashed.next(run);
        assertThat(written.storeIds()).containsExactly("102");
        // the process dies here: mirrored and queued, not handed on, position not moved

        MarketplaceOrderIngest restarted = ingest();
        MarketplaceOrderRun resumed = restarted.start();
        assertThat(resumed.position()).isEqualTo(101L);
        ChangeSet first = restarted.next(resumed);
        assertThat(first).isEqualTo(written);
        restarted.delivered(resumed, first);
        ChangeSet again = restarted.next(resumed);
        assertThat(again.isEmpty()).as("102 read again, unchanged").isTrue();
        restarted.delivered(resumed, again);

        assertThat(positions.lastId(MarketplaceOrderIngest.FLOW)).contains(102L);
        assertThat(outbox.pending(MarketplaceOrderIngest.FLOW)).isEmpty();
    }

    @Test
    void theLogLineSaysWhatArrived() {
        marketSync.add(101, NOW_MEXICO.minusDays(2), "paid");
        MarketplaceOrderIngest ingest = ingest();
        MarketplaceOrderRun run = ingest.start();
        while (run.hasMore()) {
            ingest.delivered(run, ingest.next(run));
        }

        assertThat(ingest.finish(run)).isEqualTo("marketplace orders: 1 new or changed of 1 read; last order id 101");
        MarketplaceOrderRun quiet = ingest.start();
        while (quiet.hasMore()) {
            ingest.delivered(quiet, ingest.next(quiet));
        }
        assertThat(ingest.finish(quiet)).isEmpty();
    }
}

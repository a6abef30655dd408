package io.cloudsync.hub.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.MutableClock;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.logging.SecretRedactor;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class DeadLetterRepositoryTest {

    private static final String STORE_KEY = "0123456789ABCDEF0123456789ABCDEF";
    private static final String PRIVATE_KEY = "sandbox-private-key";

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final SecretRedactor redactor = SecretRedactor.forConfiguration(
            Map.of("hub.store.api-key", STORE_KEY, "hub.marketsync.private-key", PRIVATE_KEY));

    @EngineTest
    void aFailureIsStoredWithEverythingOpsNeed(TestDatabase db) {
        DeadLetterRepository letters = repository(db);

        long id = letters.record(failure("marketsync", "SKU-1", "{\"sku\":\"SKU-1\"}", 6));

        DeadLetter letter = letters.find(id).orElseThrow();
        assertThat(letter.status()).isEqualTo(DeadLetterStatus.PENDING);
        assertThat(letter.routeId()).isEqualTo("marketsync-products");
        assertThat(letter.sink()).isEqualTo("marketsync");
        assertThat(letter.messageKey()).isEqualTo("SKU-1");
        assertThat(letter.endpointUri()).isEqualTo("direct://marketsync-products");
        assertThat(letter.failedEndpointUri()).isEqualTo("http://127.0.0.1:8092/api/productos");
        assertThat(letter.body()).isEqualTo("{\"sku\":\"SKU-1\"}");
        assertThat(letter.headers()).containsEntry("HubSink", "marketsync").doesNotContainKey("Authorization");
        assertThat(letter.errorClass()).isEqualTo("java.io.IOException");
        assertThat(letter.errorMessage()).startsWith("HTTP 500");
        assertThat(letter.attempts()).isEqualTo(6);
        assertThat(letter.firstFailure()).isEqualTo(clock.instant());
        assertThat(letter.lastFailure()).isEqualTo(clock.instant());
        assertThat(letter.replayedAt()).isNull();
        assertThat(letter.dedupeKey()).isEqualTo("sink:marketsync|key:SKU-1");
    }

    @EngineTest
    void theSameMessageFailingAgainUpdatesItsRow(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        long first = letters.record(failure("marketsync", "SKU-1", "{\"v\":1}", 6));
        Instant firstFailure = clock.instant();
        letters.markReplayed(first);
        clock.advance(Duration.ofMinutes(10));

        long second = letters.record(failure("marketsync", "SKU-1", "{\"v\":2}", 6));

        assertThat(second).isEqualTo(first);
        DeadLetter letter = letters.find(first).orElseThrow();
        assertThat(letter.attempts()).isEqualTo(12);
        assertThat(letter.status()).isEqualTo(DeadLetterStatus.PENDING);
        assertThat(letter.firstFailure()).isEqualTo(firstFailure);
        assertThat(letter.lastFailure()).isEqualTo(clock.instant());
        assertThat(letter.body()).isEqualTo("{\"v\":2}");
        assertThat(letter.replayedAt()).isEqualTo(firstFailure);
        assertThat(letters.list(DeadLetterQuery.any())).hasSize(1);
    }

    @EngineTest
    void withoutAMessageKeyTheBodyIdentifiesTheMessage(TestDatabase db) {
        DeadLetterRepository letters = repository(db);

        long a = letters.record(failure(null, null, "body A", 1));
        long again = letters.record(failure(null, null, "body A", 1));
        long b = letters.record(failure(null, null, "body B", 1));

        assertThat(again).isEqualTo(a);
        assertThat(b).isNotEqualTo(a);
        assertThat(letters.find(a).orElseThrow().dedupeKey()).startsWith("route:marketsync-products|body:");
    }

    @EngineTest
    void lettersAreListedWithFilters(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        long old = letters.record(failure("marketsync", "SKU-1", "{}", 1));
        clock.advance(Duration.ofHours(2));
        long erp = letters.record(new DeadLetterFailure("erp-products", "erp", "SKU-2", null, null, "{}", Map.of(),
                "java.lang.IllegalStateException", "bad", 1));
        long recent = letters.record(failure("marketsync", "SKU-3", "{}", 1));
        letters.markDiscarded(recent);

        assertThat(ids(letters.list(DeadLetterQuery.any()))).containsExactly(recent, erp, old);
        assertThat(ids(letters.list(DeadLetterQuery.any().withSink("marketsync")))).containsExactly(recent, old);
        assertThat(ids(letters.list(DeadLetterQuery.any().withRouteId("erp-products")))).containsExactly(erp);
        assertThat(ids(letters.list(DeadLetterQuery.any().withStatus(DeadLetterStatus.PENDING))))
                .containsExactly(erp, old);
        assertThat(ids(letters.list(DeadLetterQuery.any().failedBefore(clock.instant().minus(Duration.ofHours(1))))))
                .containsExactly(old);
        assertThat(ids(letters.list(DeadLetterQuery.any().failedAfter(clock.instant().minus(Duration.ofHours(1))))))
                .containsExactly(recent, erp);
        assertThat(ids(letters.list(DeadLetterQuery.any().withLimit(1)))).containsExactly(recent);
        assertThat(letters.countByStatus()).containsEntry(DeadLetterStatus.PENDING, 2L)
                .containsEntry(DeadLetterStatus.DISCARDED, 1L).containsEntry(DeadLetterStatus.REPLAYED, 0L);
    }

    @EngineTest
    void lettersAreMarkedReplayedOrDiscarded(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        long id = letters.record(failure("marketsync", "SKU-1", "{}", 1));
        clock.advance(Duration.ofMinutes(1));

        assertThat(letters.markReplayed(id)).isTrue();
        assertThat(letters.find(id).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(letters.find(id).orElseThrow().replayedAt()).isEqualTo(clock.instant());
        assertThat(letters.markDiscarded(id)).isTrue();
        assertThat(letters.find(id).orElseThrow().status()).isEqualTo(DeadLetterStatus.DISCARDED);
        assertThat(letters.markReplayed(999_999)).isFalse();
        assertThat(letters.find(999_999)).isEmpty();
    }

    @EngineTest
    void aLargeBodyIsStoredWhole(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        String body = "{\"items\":\"" + "x".repeat(2_000_000) + "\"}";

        long id = letters.record(failure("marketsync", "BATCH-1", body, 1));

        assertThat(letters.find(id).orElseThrow().body()).isEqualTo(body);
    }

    @EngineTest
    void noSecretReachesTheStoredRow(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer very-secret-bearer");
        headers.put("X-Api-Key", "header-api-key-1");
        headers.put("HubSink", "marketsync");
        headers.put("CamelHttpUri", "http://shop/api/products?ws_key=" + STORE_KEY);
        DeadLetterFailure failure = new DeadLetterFailure("marketsync-products", "marketsync", "SKU-1",
                "direct://marketsync-products?token=uri-token-9",
                "https://" + STORE_KEY + "@shop.example/api/products?ws_key=" + STORE_KEY,
                "{\"sku\":\"SKU-1\",\"passwd\":\"body-passwd-7\",\"note\":\"signed " + PRIVATE_KEY + "\"}", headers,
                "java.io.IOException", "401 for Authorization: Bearer very-secret-bearer with ws_key=" + STORE_KEY
                + " and key " + PRIVATE_KEY, 3);

        long id = letters.record(failure);

        String row = db.rowText("dead_letter", id);
        assertThat(row).contains("SKU-1", "marketsync", "401 for");
        assertThat(row).doesNotContain(STORE_KEY, PRIVATE_KEY, "very-secret-bearer", "header-api-key-1",
                "uri-token-9", "body-passwd-7");
    }

    @EngineTest
    void opsAskForAReplayThatTheRunningHubPicksUp(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        long one = letters.record(failure("marketsync", "SKU-1", "{}", 2));
        long two = letters.record(failure("marketsync", "SKU-2", "{}", 2));
        long erp = letters.record(failure("erp", "SKU-3", "{}", 2));
        letters.markDiscarded(two);

        assertThat(letters.requestReplay(List.of(one, two, 999L))).containsExactly(one);
        assertThat(letters.replayRequested(10)).extracting(DeadLetter::id).containsExactly(one);
        assertThat(letters.find(one).orElseThrow().status()).isEqualTo(DeadLetterStatus.REPLAY_REQUESTED);
        assertThat(letters.requestReplayAll("erp")).isEqualTo(1);
        assertThat(letters.replayRequested(10)).extracting(DeadLetter::id).containsExactly(one, erp);
    }

    @EngineTest
    void aMessageDeliveredAfterAllResolvesItsOpenLetters(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        long open = letters.record(failure("marketsync", "SKU-1", "{}", 2));
        long discarded = letters.record(failure("marketsync", "SKU-2", "{}", 2));
        long otherSink = letters.record(failure("erp", "SKU-1", "{}", 2));
        letters.markDiscarded(discarded);

        assertThat(letters.resolve("marketsync", List.of("SKU-1", "SKU-2"))).isEqualTo(1);

        assertThat(letters.find(open).orElseThrow().status()).isEqualTo(DeadLetterStatus.RESOLVED);
        assertThat(letters.find(discarded).orElseThrow().status()).isEqualTo(DeadLetterStatus.DISCARDED);
        assertThat(letters.find(otherSink).orElseThrow().status()).isEqualTo(DeadLetterStatus.PENDING);
        letters.record(failure("marketsync", "SKU-1", "{}", 1));
        assertThat(letters.find(open).orElseThrow().status()).as("failing again reopens it")
                .isEqualTo(DeadLetterStatus.PENDING);
    }

    @EngineTest
    void aSinkHasOpenLettersOnlyWhileOneIsPendingOrBeingReplayed(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        assertThat(letters.anyOpen("store")).isFalse();
        long one = letters.record(failure("store", "products 7", "{}", 1));
        letters.record(failure("erp", "SKU-1", "{}", 1));
        assertThat(letters.anyOpen("store")).isTrue();
        letters.markDiscarded(one);
        assertThat(letters.anyOpen("store")).as("a discarded letter is closed").isFalse();
        assertThat(letters.anyOpen("erp")).isTrue();
        letters.resolve("erp", List.of("SKU-1"));
        assertThat(letters.anyOpen("erp")).as("a resolved letter is closed").isFalse();
    }

    @EngineTest
    void thePendingLettersAtAGlanceChangeWithEveryLetterRecordedFailingAgainOrClosed(TestDatabase db) {
        DeadLetterRepository letters = repository(db);
        assertThat(letters.pending()).isEqualTo(PendingLetters.NONE);
        long one = letters.record(failure("marketsync", "SKU-1", "{}", 1));
        PendingLetters first = letters.pending();
        assertThat(first.count()).isEqualTo(1);
        assertThat(first.newestId()).isEqualTo(one);
        assertThat(letters.pending()).as("nothing happened").isEqualTo(first);

        long two = letters.record(failure("marketsync", "SKU-2", "{}", 1));
        PendingLetters second = letters.pending();
        assertThat(second).isEqualTo(new PendingLetters(2, two, first.latestFailure()));

        clock.advance(Duration.ofSeconds(5));
        letters.record(failure("marketsync", "SKU-1", "{}", 1));
        PendingLetters failedAgain = letters.pending();
        assertThat(failedAgain.count()).isEqualTo(2);
        assertThat(failedAgain.latestFailure()).as("an older letter failing again").isAfter(second.latestFailure());

        letters.resolve("marketsync", List.of("SKU-2"));
        assertThat(letters.pending().count()).isEqualTo(1);
        letters.markReplayed(one);
        assertThat(letters.pending()).isEqualTo(PendingLetters.NONE);
    }

    @EngineTest
    void resolvingLooksTheKeysUpInAnIndexInsteadOfGoingThroughEveryLetterOfTheSink(TestDatabase db) {
        // a delivery resolves the keys it delivered; with thousands of letters a scan per 500 keys was the cost
        letters(db, 3000);
        db.execute(db.engine() == TestDatabase.Engine.H2 ? "ANALYZE" : "ANALYZE dead_letter");
        String plan = db.explain("UPDATE dead_letter SET status = 'resolved' WHERE sink = 'marketsync'"
                + " AND status IN ('pending', 'replay', 'replayed') AND message_key IN ('SKU-1', 'SKU-2')");
        assertThat(plan.toLowerCase(java.util.Locale.ROOT)).contains("dead_letter_message");
    }

    /** Pending letters of the marketsync sink, written in one batch (recording each would take long on PostgreSQL). */
    private static void letters(TestDatabase db, int count) {
        try (java.sql.Connection connection = db.dataSource().getConnection();
                java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO dead_letter (dedupe_key,"
                        + " status, sink, message_key, attempts, first_failure, last_failure)"
                        + " VALUES (?, 'pending', 'marketsync', ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            for (int n = 0; n < count; n++) {
                insert.setString(1, "marketsync:SKU-" + n);
                insert.setString(2, "SKU-" + n);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeadLetterRepository repository(TestDatabase db) {
        return new DeadLetterRepository(db.dataSource(), redactor, clock);
    }

    private static DeadLetterFailure failure(String sink, String key, String body, int attempts) {
        return new DeadLetterFailure("marketsync-products", sink, key, "direct://marketsync-products",
                "http://127.0.0.1:8092/api/productos", body,
                Map.of("HubSink", "marketsync", "Authorization", "Bearer xyz"), "java.io.IOException",
                "HTTP 500 from MarketSync", attempts);
    }

    private static List<Long> ids(List<DeadLetterSummary> letters) {
        return letters.stream().map(DeadLetterSummary::id).toList();
    }
}

package io.cloudsync.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.params.InvalidParameterException;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.mirror.StockLevel;
import io.cloudsync.hub.mirror.StockSnapshotRepository;
import io.cloudsync.hub.db.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The sync feed pages through many records written at once (one store second, one hub transaction) without
 * losing or repeating any, by cursor and by last_sync alone, and serves each record with its action.
 */
class SyncFeedTest {

    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private static MirrorUpsert product(int id, String name) {
        return MirrorUpsert.of(Integer.toString(id), "SKU-" + id,
                "{\"id\":" + id + ",\"reference\":\"SKU-" + id + "\",\"name\":\"" + name + "\",\"prices\":"
                        + "{\"taxExcluded\":10.00,\"listPrice\":12.10}}");
    }

    private static List<MirrorUpsert> products(int from, int to, String name) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> product(i, name)).toList();
    }

    @EngineTest
    void aCursorReadsAPageWrittenAtOnceWithoutLossOrRepeat(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("products", products(1, 250, "red"));
        SyncFeed feed = new SyncFeed(mirror, new StockSnapshotRepository(db.dataSource(), FROZEN));

        List<String> ids = new ArrayList<>();
        List<Boolean> more = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> params = new HashMap<>(Map.of("limit", "100"));
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            SyncFeed.Page page = feed.page("products", params);
            page.records().forEach(item -> ids.add(item.id()));
            more.add(page.hasMore());
            cursor = page.nextCursor();
        } while (more.get(more.size() - 1));

        assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(1, 250).mapToObj(Integer::toString).toList());
        assertThat(more).containsExactly(true, true, false);
        assertThat(feed.page("products", Map.of("cursor", cursor)).records()).isEmpty();
    }

    @EngineTest
    void aClientWithOnlyLastSyncFollowsSyncTimeWithoutLossOrRepeat(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("products", products(1, 250, "red"));
        SyncFeed feed = new SyncFeed(mirror, new StockSnapshotRepository(db.dataSource(), FROZEN));

        List<String> first = lastSyncClient(feed, null, 100);
        // meanwhile: one record changes, another page is written, all in the same frozen instant
        mirror.upsertPage("products", List.of(product(7, "blue")));
        mirror.upsertPage("products", products(251, 260, "red"));
        List<String> second = lastSyncClient(feed, lastSync, 100);

        assertThat(first).containsExactlyElementsOf(IntStream.rangeClosed(1, 250).mapToObj(Integer::toString).toList());
        assertThat(second).containsExactlyElementsOf(List.of("7", "251", "252", "253", "254", "255", "256", "257",
                "258", "259", "260"));
        assertThat(lastSyncClient(feed, lastSync, 100)).isEmpty();
    }

    private String lastSync;

    /** The CloudSync client: passes last_sync, keeps sync_time, asks again while has_more. */
    private List<String> lastSyncClient(SyncFeed feed, String since, int limit) {
        List<String> ids = new ArrayList<>();
        String at = since;
        do {
            Map<String, String> params = new HashMap<>(Map.of("limit", Integer.toString(limit)));
            if (at != null) {
                params.put("last_sync", at);
            }
            JsonNode answer = feed.page("products", params).json();
            answer.path("products").forEach(record -> ids.add(record.path("id").asText()));
            at = answer.path("sync_time").asText();
            if (!answer.path("has_more").asBoolean()) {
                break;
            }
        } while (true);
        lastSync = at;
        return ids;
    }

    @EngineTest
    void recordsThatShareATimeFromBeforeUniqueTimesAreNeitherLostNorRepeated(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("products", products(1, 30, "red"));
        // rows written before migration V11 share their transaction's time: make 5 to 20 one such transaction
        java.sql.Timestamp shared = java.sql.Timestamp.from(mirror.find("products", "20").orElseThrow().changedAt());
        db.execute("UPDATE mirror_record SET changed_at = TIMESTAMP WITH TIME ZONE '" + shared.toInstant()
                .toString().replace('T', ' ').replace("Z", "+00") + "' WHERE entity = 'products'"
                + " AND change_seq BETWEEN 5 AND 20");
        SyncFeed feed = new SyncFeed(mirror, new StockSnapshotRepository(db.dataSource(), FROZEN));

        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        boolean more;
        do {
            Map<String, String> params = new HashMap<>(Map.of("limit", "10"));
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            SyncFeed.Page page = feed.page("products", params);
            page.records().forEach(item -> byCursor.add(item.id()));
            cursor = page.nextCursor();
            more = page.hasMore();
        } while (more);
        List<String> bySyncTime = lastSyncClient(feed, null, 10);

        List<String> all = IntStream.rangeClosed(1, 30).mapToObj(Integer::toString).toList();
        assertThat(byCursor).containsExactlyElementsOf(all);
        assertThat(bySyncTime).containsExactlyElementsOf(all);
    }

    @EngineTest
    void eachRecordCarriesItsActionVersionAndSnakeCaseFields(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("products", products(1, 3, "red"));
        mirror.upsertPage("products", List.of(product(2, "blue")));
        mirror.markDeleted("products", List.of("3"));

        JsonNode answer = new SyncFeed(mirror, new StockSnapshotRepository(db.dataSource(), FROZEN)).page("products", Map.of()).json();

        assertThat(answer.fieldNames()).toIterable().containsExactly("products", "count", "has_more", "next_cursor",
                "sync_time");
        assertThat(answer.path("count").asInt()).isEqualTo(3);
        assertThat(answer.path("has_more").asBoolean()).isFalse();
        JsonNode first = answer.path("products").get(0);
        assertThat(first.path("id").asInt()).isEqualTo(1);
        assertThat(first.path("sync_action").asText()).isEqualTo("create");
        assertThat(first.path("version").asText()).isEqualTo(mirror.find("products", "1").orElseThrow().contentHash());
        assertThat(first.path("prices").path("tax_excluded").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(answer.path("products").get(1).path("sync_action").asText()).isEqualTo("update");
        assertThat(answer.path("products").get(1).path("name").asText()).isEqualTo("blue");
        JsonNode deleted = answer.path("products").get(2);
        assertThat(deleted.path("sync_action").asText()).isEqualTo("delete");
        assertThat(deleted.path("id").asInt()).isEqualTo(3);
        assertThat(deleted.has("name")).isFalse();
        assertThat(Instant.parse(answer.path("sync_time").asText()))
                .isEqualTo(Instant.parse(deleted.path("changed_at").asText()).plusNanos(1000));
    }

    @EngineTest
    void anEmptyFeedAnswersAndKeepsTheClientsPlace(TestDatabase db) {
        SyncFeed feed = new SyncFeed(new MirrorRepository(db.dataSource(), FROZEN),
                new StockSnapshotRepository(db.dataSource(), FROZEN));

        SyncFeed.Page empty = feed.page("customers", Map.of());
        SyncFeed.Page since = feed.page("orders", Map.of("last_sync", "2026-02-01T00:00:00Z"));

        assertThat(empty.records()).isEmpty();
        assertThat(empty.hasMore()).isFalse();
        assertThat(empty.syncTime()).isNull();
        assertThat(empty.json().path("sync_time").isNull()).isTrue();
        assertThat(since.syncTime()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(since.json().has("orders")).isTrue();
    }

    @EngineTest
    void secretsAreNeverServedEvenIfARecordHeldThem(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("customers", List.of(MirrorUpsert.of("1", null,
                "{\"id\":1,\"email\":\"a@example.com\",\"passwd\":\"$2y$10$x\",\"secureKey\":\"abc\"}")));

        JsonNode customer = new SyncFeed(mirror, new StockSnapshotRepository(db.dataSource(), FROZEN)).page("customers", Map.of()).json().path("customers").get(0);

        assertThat(customer.path("email").asText()).isEqualTo("a@example.com");
        assertThat(customer.has("passwd")).isFalse();
        assertThat(customer.has("secure_key")).isFalse();
    }

    @Test
    void badParametersAreNamed() {
        SyncFeed feed = new SyncFeed(null, null);
        String ordersCursor = new SyncCursor("orders", 5).token();

        assertThatThrownBy(() -> feed.page("products", Map.of("limit", "1001")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("limit");
                    assertThat(e.getMessage()).contains("at most 1000");
                });
        assertThatThrownBy(() -> feed.page("products", Map.of("limit", "0")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
        assertThatThrownBy(() -> feed.page("products", Map.of("cursor", ordersCursor)))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("cursor");
                    assertThat(e.getMessage()).contains("orders feed");
                });
        assertThatThrownBy(() -> feed.page("products", Map.of("cursor", "not-a-cursor")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        assertThatThrownBy(() -> feed.page("products", Map.of("last_sync", "yesterday")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("last_sync"));
        assertThatThrownBy(() -> feed.page("stock", Map.of()))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("entity"));
    }

    @Test
    void lastSyncIsReadTheWaysClientsWriteIt() {
        assertThat(SyncFeed.instant("2026-03-01T10:00:00.000001Z")).isEqualTo(Instant.parse("2026-03-01T10:00:00.000001Z"));
        assertThat(SyncFeed.instant("2026-03-01T12:00:00+02:00")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(SyncFeed.instant("2026-03-01T12:00:00 02:00")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(SyncFeed.instant("2026-03-01T10:00:00")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(SyncFeed.instant("2026-03-01")).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    private static MirrorUpsert productWithVariations(int id, String name, int... combinations) {
        StringBuilder variations = new StringBuilder();
        for (int combination : combinations) {
            variations.append(variations.isEmpty() ? "" : ",").append("{\"combinationId\":").append(combination)
                    .append(",\"reference\":\"SKU-").append(id).append('-').append(combination).append("\"}");
        }
        return MirrorUpsert.of(Integer.toString(id), "SKU-" + id, "{\"id\":" + id + ",\"reference\":\"SKU-" + id
                + "\",\"name\":\"" + name + "\",\"variations\":[" + variations + "]}");
    }

    private static JsonNode record(JsonNode answer, int id) {
        for (JsonNode record : answer.path("products")) {
            if (record.path("id").asInt() == id) {
                return record;
            }
        }
        throw new AssertionError("product " + id + " not in " + answer);
    }

    @EngineTest
    void everyVariationCarriesItsQuantity(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("products", List.of(productWithVariations(1, "plain", 0),
                productWithVariations(2, "sizes", 11, 12, 13)));
        stock.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(2, 0, 9), new StockLevel(2, 11, 4),
                new StockLevel(2, 12, 0)));

        JsonNode answer = new SyncFeed(mirror, stock).page("products", Map.of()).json();

        JsonNode plain = record(answer, 1).path("variations");
        assertThat(plain.get(0).path("quantity").asInt()).isEqualTo(5);
        JsonNode sizes = record(answer, 2).path("variations");
        assertThat(sizes.get(0).path("combination_id").asInt()).isEqualTo(11);
        assertThat(sizes.get(0).path("reference").asText()).as("the variation's own fields stay").isEqualTo("SKU-2-11");
        assertThat(sizes.get(0).path("quantity").asInt()).isEqualTo(4);
        assertThat(sizes.get(1).path("quantity").isInt()).isTrue();
        assertThat(sizes.get(1).path("quantity").asInt()).isZero();
        assertThat(sizes.get(2).has("quantity")).as("a line the hub has not read yet").isTrue();
        assertThat(sizes.get(2).path("quantity").isNull()).isTrue();
        assertThat(record(answer, 2).has("quantity")).as("no product-level quantity: PUT would write it back").isFalse();
    }

    @EngineTest
    void aStockOnlyChangeComesAsAnUpdateAfterTheClientsLastSync(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("products", List.of(productWithVariations(1, "a", 0), productWithVariations(2, "b", 21, 22),
                productWithVariations(3, "c", 0), productWithVariations(4, "d", 0)));
        stock.applyPage(List.of(new StockLevel(1, 0, 5), new StockLevel(2, 21, 3), new StockLevel(2, 22, 1),
                new StockLevel(3, 0, 8), new StockLevel(4, 0, 2)));
        mirror.markDeleted("products", List.of("4"));
        SyncFeed feed = new SyncFeed(mirror, stock);
        List<String> all = lastSyncClient(feed, null, 100);
        String cursor = feed.page("products", Map.of()).nextCursor();
        String version = mirror.find("products", "2").orElseThrow().contentHash();

        // the store sells one of combination 22 and restocks product 3 to what it was; product 4 is gone
        stock.applyPage(List.of(new StockLevel(2, 21, 3), new StockLevel(2, 22, 0), new StockLevel(3, 0, 8),
                new StockLevel(4, 0, 0), new StockLevel(9, 0, 1)));

        assertThat(all).containsExactly("1", "2", "3", "4");
        JsonNode since = feed.page("products", Map.of("last_sync", lastSync)).json();
        assertThat(since.path("products")).hasSize(1);
        JsonNode changed = record(since, 2);
        assertThat(changed.path("sync_action").asText()).isEqualTo("update");
        assertThat(changed.path("version").asText()).as("content unchanged").isEqualTo(version);
        assertThat(changed.path("variations").get(1).path("quantity").asInt()).isZero();
        assertThat(changed.path("variations").get(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(feed.page("products", Map.of("cursor", cursor)).records()).extracting(SyncFeed.Item::id)
                .containsExactly("2");
        assertThat(mirror.find("products", "4").orElseThrow().deleted()).as("stock never revives a delete").isTrue();
        assertThat(mirror.find("products", "9")).as("nor makes a product the mirror lacks").isEmpty();
        assertThat(lastSyncClient(feed, lastSync, 100)).containsExactly("2");
        assertThat(lastSyncClient(feed, lastSync, 100)).isEmpty();
    }

    @EngineTest
    void aProductPageWritesItsStockInTheSameChange(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource(), FROZEN);
        StockSnapshotRepository stock = new StockSnapshotRepository(db.dataSource(), FROZEN);
        mirror.upsertPage("products", List.of(productWithVariations(1, "a", 0), productWithVariations(2, "b", 0),
                productWithVariations(3, "c", 0)));
        stock.applyPage(List.of(new StockLevel(1, 0, 1), new StockLevel(2, 0, 2), new StockLevel(3, 0, 3)));
        SyncFeed feed = new SyncFeed(mirror, stock);
        lastSyncClient(feed, null, 100);
        long before = mirror.lastChange("products").orElseThrow().changeSeq();

        // one page: product 1 renamed and restocked, product 2 restocked only, product 3 as it was
        mirror.writePage("products", "products", List.of(productWithVariations(1, "a2", 0),
                productWithVariations(2, "b", 0), productWithVariations(3, "c", 0)), List.of(),
                stock.alongside(List.of(new StockLevel(1, 0, 10), new StockLevel(2, 0, 20), new StockLevel(3, 0, 3)),
                        "stock", Set.of()));

        JsonNode since = feed.page("products", Map.of("last_sync", lastSync)).json();
        assertThat(since.path("products")).extracting(r -> r.path("id").asText()).containsExactly("1", "2");
        assertThat(record(since, 1).path("name").asText()).isEqualTo("a2");
        assertThat(record(since, 1).path("variations").get(0).path("quantity").asInt()).isEqualTo(10);
        assertThat(record(since, 2).path("variations").get(0).path("quantity").asInt()).isEqualTo(20);
        assertThat(mirror.lastChange("products").orElseThrow().changeSeq()).as("one change each").isEqualTo(before + 2);
    }

    @Test
    void lastSyncTakesAJavaScriptDateString() {
        assertThat(SyncFeed.instant("Mon Dec 07 2026 10:15:00 GMT+0100 (Central European Standard Time)"))
                .isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(SyncFeed.instant("Mon Dec 07 2026 10:15:00 GMT 0100 (Central European Standard Time)"))
                .as("the '+' of an unencoded query string").isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
        assertThat(SyncFeed.instant("Sun Jun 07 2026 05:00:00 GMT-0500 (hora de verano central)"))
                .isEqualTo(Instant.parse("2026-06-07T10:00:00Z"));
        assertThat(SyncFeed.instant("2026-03-01 10:00:00")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        for (String bad : List.of("Invalid Date", "Mon Feb 31 2026 10:15:00 GMT+0100", "1733562900", "2026-13-01")) {
            assertThatThrownBy(() -> new SyncFeed(null, null).page("products", Map.of("last_sync", bad)))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("last_sync");
                        assertThat(e.getMessage()).startsWith("last_sync must be").contains("JavaScript Date")
                                .contains("'" + bad + "'");
                    });
        }
    }
}

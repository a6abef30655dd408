package io.cloudsync.hub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.db.EngineTest;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.params.InvalidParameterException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/sync/marketplace-orders}: the marketplace orders the poll mirrored, with the feed rules of every
 * entity (create, then update on a change, cursor and sync_time), under the key {@code marketplace_orders}.
 */
class MarketplaceOrderFeedTest {

    private static final String ENTITY = "marketplace-orders";

    private static MirrorUpsert order(long id, String status) {
        return MirrorUpsert.of(Long.toString(id), "2000" + id, "{\"id\":" + id + ",\"marketId\":4,\"reference\":\"2000"
                + id + "\",\"status\":{\"word\":\"" + status + "\",\"stage\":\"PAID\"},\"shippingCost\":0.00}");
    }

    @EngineTest
    void ordersAreCreatedThenUpdatedInTheirOwnFeed(TestDatabase db) {
        MirrorRepository mirror = new MirrorRepository(db.dataSource());
        mirror.writePage(ENTITY, ENTITY, List.of(order(135001, "paid"), order(135002, "paid")));
        mirror.upsertPage("orders", List.of(MirrorUpsert.of("9", "REF", "{\"id\":9}")));
        SyncFeed feed = new SyncFeed(mirror, new io.cloudsync.hub.mirror.StockSnapshotRepository(db.dataSource()));

        JsonNode first = feed.page(ENTITY, Map.of()).json();
        mirror.writePage(ENTITY, ENTITY, List.of(order(135001, "cancelled"), order(135002, "paid")));
        JsonNode second = feed.page(ENTITY, Map.of("last_sync", first.path("sync_time").asText())).json();
        JsonNode byCursor = feed.page(ENTITY, Map.of("cursor", first.path("next_cursor").asText())).json();

        assertThat(first.path("marketplace_orders")).hasSize(2);
        assertThat(first.path("marketplace_orders").get(0).path("id").asLong()).isEqualTo(135001);
        assertThat(first.path("marketplace_orders").get(0).path("sync_action").asText()).isEqualTo("create");
        assertThat(first.path("marketplace_orders").get(0).path("market_id").asInt()).isEqualTo(4);
        assertThat(first.path("marketplace_orders").get(0).has("shipping_cost")).as("snake_case fields").isTrue();
        assertThat(first.path("count").asInt()).isEqualTo(2);
        assertThat(second.path("marketplace_orders")).singleElement().satisfies(changed -> {
            assertThat(changed.path("id").asLong()).isEqualTo(135001);
            assertThat(changed.path("sync_action").asText()).isEqualTo("update");
            assertThat(changed.path("status").path("word").asText()).isEqualTo("cancelled");
        });
        assertThat(byCursor.path("marketplace_orders")).isEqualTo(second.path("marketplace_orders"));
    }

    @EngineTest
    void aCursorOfAnotherFeedIsRefused(TestDatabase db) {
        SyncFeed feed = new SyncFeed(new MirrorRepository(db.dataSource()),
                new io.cloudsync.hub.mirror.StockSnapshotRepository(db.dataSource()));
        String ordersCursor = feed.page("orders", Map.of()).nextCursor();

        assertThatThrownBy(() -> feed.page(ENTITY, Map.of("cursor", ordersCursor)))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("cursor"));
        assertThat(feed.page(ENTITY, Map.of()).json().path("marketplace_orders")).isEmpty();
    }
}

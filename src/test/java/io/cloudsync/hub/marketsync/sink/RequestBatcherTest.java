package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBatcherTest {

    private final RequestBatcher batcher = new RequestBatcher(3, 200, CanonicalJson.mapper());

    @Test
    void itemsArePackedAtMostMaxItemsACall() {
        List<SinkRequest> requests = batcher.batches(null, RequestKind.STOCK, items(7, "x"));

        assertThat(requests).extracting(SinkRequest::size).containsExactly(3, 3, 1);
        assertThat(requests).allMatch(r -> r.kind() == RequestKind.STOCK);
    }

    @Test
    void aCallStaysUnderTheByteLimitAndAnOversizedItemGoesAlone() {
        List<SinkRequest.Item> items = new ArrayList<>(items(2, "a".repeat(80)));
        items.add(new SinkRequest.Item(null, Map.of("ficha", "b".repeat(500))));
        items.addAll(items(1, "c"));

        List<SinkRequest> requests = batcher.batches(null, RequestKind.CREATE, items);

        assertThat(requests).extracting(SinkRequest::size).containsExactly(2, 1, 1);
        for (SinkRequest request : requests.subList(0, 1)) {
            assertThat(batcher.body(request).length()).isLessThan(200);
        }
        assertThat(batcher.body(requests.get(0))).startsWith("[{\"ficha\":\"aaa");
    }

    @Test
    void lookUpsCarryTheirSkusInTheQuery() {
        List<ProductPlan> plans = List.of(ProductPlan.removal("1", "SKU-001", null),
                ProductPlan.removal("2", "SKU-002", null), ProductPlan.removal("3", "SKU-003", null),
                ProductPlan.removal("4", "SKU-004", null));

        List<SinkRequest> lookups = batcher.lookups(null, plans);

        assertThat(lookups).hasSize(2);
        assertThat(lookups.get(0).params()).containsEntry("skus", "SKU-001,SKU-002,SKU-003");
        assertThat(lookups.get(1).params()).containsEntry("skus", "SKU-004");
        assertThat(lookups.get(0).hasBody()).isFalse();
    }

    @Test
    void aRefusedCallSplitsIntoHalvesOfTheSameKind() {
        SinkRequest request = batcher.batches(null, RequestKind.PRICES, items(3, "x")).get(0);

        SinkRequest half = request.withItems(request.items().subList(0, 1));

        assertThat(half.kind()).isEqualTo(RequestKind.PRICES);
        assertThat(half.size()).isEqualTo(1);
    }

    private static List<SinkRequest.Item> items(int count, String text) {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new SinkRequest.Item(null, Map.of("ficha", text)));
        }
        return items;
    }
}

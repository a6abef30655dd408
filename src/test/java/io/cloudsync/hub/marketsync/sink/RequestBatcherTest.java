package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.CanonicalJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    @Test
    void theBodyIsWhatJacksonWritesForTheListOfItems() throws Exception {
        RequestBatcher wide = new RequestBatcher(100, 1_000_000, CanonicalJson.mapper());
        List<SinkRequest.Item> items = varied();

        List<SinkRequest> requests = wide.batches(null, RequestKind.CREATE, items);

        assertThat(requests).hasSize(1);
        String expected = CanonicalJson.mapper().writeValueAsString(items.stream().map(SinkRequest.Item::body)
                .toList());
        assertThat(wide.body(requests.get(0))).isEqualTo(expected);
        assertThat(requests.get(0).items()).allMatch(item -> item.json() != null);
    }

    @Test
    void theHalvesOfARefusedCallReuseTheItemsJsonAndWriteTheSameBodies() throws Exception {
        RequestBatcher wide = new RequestBatcher(100, 1_000_000, CanonicalJson.mapper());
        SinkRequest request = wide.batches(null, RequestKind.UPDATE, varied()).get(0);

        SinkRequest first = request.withItems(request.items().subList(0, 2));
        SinkRequest second = request.withItems(request.items().subList(2, request.size()));

        assertThat(first.items().get(0).json()).isSameAs(request.items().get(0).json());
        assertThat(wide.body(first)).isEqualTo(CanonicalJson.mapper().writeValueAsString(
                first.items().stream().map(SinkRequest.Item::body).toList()));
        assertThat(wide.body(second)).isEqualTo(CanonicalJson.mapper().writeValueAsString(
                second.items().stream().map(SinkRequest.Item::body).toList()));
    }

    @Test
    void sizesAreCountedInUtf8Bytes() {
        for (String text : List.of("", "plain", "añejo €", "emoji 😀 x", "tab\t\"quote\"", "lone \uD83D x")) {
            assertThat(RequestBatcher.utf8Length(text)).as(text)
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void multiByteTextCountsTowardsTheByteLimit() {
        // 60 two-byte characters: 120 bytes each item, so two items exceed 200 bytes though they are 60 chars each
        List<SinkRequest> requests = batcher.batches(null, RequestKind.UPDATE, items(2, "ñ".repeat(60)));

        assertThat(requests).extracting(SinkRequest::size).containsExactly(1, 1);
    }

    private static List<SinkRequest.Item> varied() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("sku", "ÄÖÜ-ñ-😀");
        nested.put("html", "<p class=\"x\">a\\b\n\tc\u0001</p>");
        nested.put("nothing", null);
        nested.put("inner", Map.of("list", List.of(1, 2.5, -3L, new BigDecimal("19.90"), true)));
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("price", new BigDecimal("1234.5000"));
        numbers.put("stock", 0);
        numbers.put("weight", 0.1);
        numbers.put("big", Long.MAX_VALUE);
        return List.of(new SinkRequest.Item(null, nested), new SinkRequest.Item(null, numbers),
                new SinkRequest.Item(null, Map.of("empty", Map.of(), "none", List.of())),
                new SinkRequest.Item(null, Map.of("ficha", "€ \u2028 / \\ 中文")));
    }

    private static List<SinkRequest.Item> items(int count, String text) {
        List<SinkRequest.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new SinkRequest.Item(null, Map.of("ficha", text)));
        }
        return items;
    }
}

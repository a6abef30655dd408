package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.db.TestDatabase;
import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.ClothingShop;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A known product whose name, stock and prices changed, delivered against each publication state MarketSync
 * reports: what each stage then sends. Claro (1), Mercado Libre (4) and Amazon (6) are the active markets.
 */
class PublicationPlanTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Long> MARKETS = Set.of(1L, 4L, 6L);

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final SinkLedger ledger = new SinkLedger(db.dataSource());
    private final ProductLedger products = new ProductLedger(ledger);
    private final RequestBatcher batcher = new RequestBatcher(100, 1_000_000, CanonicalJson.mapper());
    private final MarketSyncMapper mapper = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void publishedEverywhereEverythingThatChangedIsSent() {
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(changed(Set.of()), Map.of());

        assertThat(sent).containsOnlyKeys(RequestKind.LOOKUP, RequestKind.UPDATE, RequestKind.STOCK,
                RequestKind.PRICES);
        assertThat(markets(sent.get(RequestKind.PRICES))).containsExactlyInAnyOrder(1L, 4L, 6L);
    }

    @Test
    void suspendedEverywhereNothingButTheLookUpIsSent() {
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(changed(Set.of()),
                Map.of(1L, "suspender", 4L, "suspender", 6L, "suspender"));

        assertThat(sent).containsOnlyKeys(RequestKind.LOOKUP);
        assertThat(held().document().accepted().stock())
                .as("what was held back stays unrecorded, so it goes once the product is published again")
                .containsExactly(Map.entry("BOLSO-PIEL-01", 1));
    }

    @Test
    void suspendedOnOneMarketThatMarketGetsNoPrice() {
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(changed(Set.of()), Map.of(4L, "suspender"));

        assertThat(sent).containsKeys(RequestKind.UPDATE, RequestKind.STOCK);
        assertThat(markets(sent.get(RequestKind.PRICES))).containsExactlyInAnyOrder(1L, 6L);
    }

    @Test
    void parcialEverywhereOnlyStockAndPricesAreSent() {
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(changed(Set.of()),
                Map.of(1L, "parcial", 4L, "parcial", 6L, "parcial"));

        assertThat(sent).containsOnlyKeys(RequestKind.LOOKUP, RequestKind.STOCK, RequestKind.PRICES);
        assertThat(markets(sent.get(RequestKind.PRICES))).containsExactlyInAnyOrder(1L, 4L, 6L);
    }

    @Test
    void fulfillmentEverywhereNoStockIsSent() {
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(changed(Set.of()),
                Map.of(1L, "fulfillment", 4L, "fulfillment", 6L, "fulfillment"));

        assertThat(sent).containsOnlyKeys(RequestKind.LOOKUP, RequestKind.UPDATE, RequestKind.PRICES);
    }

    @Test
    void fulfillmentOnSomeMarketsStockStillGoesForTheOthers() {
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(changed(Set.of()),
                Map.of(1L, "fulfillment", 4L, "fulfillment"));

        assertThat(sent).containsKey(RequestKind.STOCK);
    }

    @Test
    void aDeactivatedProductIsSuspendedOnItsMarketsOnceAndPublishedAgainWhenReactivated() {
        Map<RequestKind, List<SinkRequest.Item>> first = deliver(changed(MARKETS), Map.of());
        assertThat(first).as("suspended, not sold out").containsOnlyKeys(RequestKind.LOOKUP, RequestKind.SUSPEND);
        assertThat(markets(first.get(RequestKind.SUSPEND))).containsExactlyInAnyOrder(1L, 4L, 6L);
        assertThat(sentStates()).containsOnlyKeys(MARKETS).containsValues(PublicationState.SUSPENDER);

        Map<RequestKind, List<SinkRequest.Item>> again = deliver(changed(MARKETS),
                Map.of(1L, "suspender", 4L, "suspender", 6L, "suspender"));
        assertThat(again).as("nothing is sent twice").containsOnlyKeys(RequestKind.LOOKUP);

        Map<RequestKind, List<SinkRequest.Item>> reactivated = deliver(changed(Set.of()),
                Map.of(1L, "suspender", 4L, "suspender", 6L, "suspender"));
        assertThat(reactivated).containsOnlyKeys(RequestKind.LOOKUP, RequestKind.UPDATE, RequestKind.STOCK,
                RequestKind.PRICES, RequestKind.PUBLISH);
        assertThat(markets(reactivated.get(RequestKind.PUBLISH))).containsExactlyInAnyOrder(1L, 4L, 6L);
        assertThat(sentStates()).containsOnlyKeys(MARKETS).containsValues(PublicationState.PUBLICAR)
                .doesNotContainValue(PublicationState.SUSPENDER);
    }

    @Test
    void anUnchangedProductWithNoStateToDriveNeedsNoCallAtAllAndOneReactivatedOnlyItsPublication() {
        MappedProduct bolso = bolso(1, "1299.00");
        ProductPlan unchanged = ProductPlan.live("77", bolso, ProductAspects.of(bolso),
                ProductDiff.between(AcceptedProduct.of(bolso), bolso), "55", true,
                new PublicationIntent(MARKETS, Set.of(), Map.of(1L, PublicationState.PUBLICAR)));
        assertThat(deliver(unchanged, Map.of())).isEmpty();

        ProductPlan reactivated = ProductPlan.live("77", bolso, ProductAspects.of(bolso),
                ProductDiff.between(AcceptedProduct.of(bolso), bolso), "55", true,
                new PublicationIntent(MARKETS, Set.of(), Map.of(1L, PublicationState.SUSPENDER)));
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(reactivated, Map.of(1L, "suspender"));
        assertThat(sent).containsOnlyKeys(RequestKind.LOOKUP, RequestKind.PUBLISH);
        assertThat(markets(sent.get(RequestKind.PUBLISH))).containsExactly(1L);
    }

    @Test
    void aNewProductIsCreatedWholeAndSuspendedOnlyOnTheMarketsItIsExcludedFrom() {
        MappedProduct bolso = bolso(1, "1299.00");
        ProductPlan plan = ProductPlan.live("77", bolso, ProductAspects.of(bolso),
                ProductDiff.between(AcceptedProduct.none(), bolso), null, true,
                new PublicationIntent(MARKETS, Set.of(6L), Map.of()));
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(plan, null);

        assertThat(sent).containsKeys(RequestKind.CREATE, RequestKind.VARIATION_CREATE, RequestKind.PRICES,
                RequestKind.SUSPEND);
        assertThat(markets(sent.get(RequestKind.SUSPEND))).containsExactly(6L);
        assertThat(markets(sent.get(RequestKind.PRICES))).containsExactlyInAnyOrder(1L, 4L);
    }

    @Test
    void aRemovedProductIsSoldOutOnlyWhereItIsNotSuspended() {
        ProductPlan removal = ProductPlan.removal("77", "BOLSO-PIEL-01", "55");
        Map<RequestKind, List<SinkRequest.Item>> sent = deliver(removal, Map.of(4L, "suspender"));

        assertThat(markets(sent.get(RequestKind.SELL_OUT))).containsExactlyInAnyOrder(1L, 6L);
    }

    /** The product known to MarketSync (id 55), not wanted on {@code unwanted}, as the sink plans it. */
    private ProductPlan changed(Set<Long> unwanted) {
        MappedProduct before = bolso(1, "1299.00");
        MappedProduct now = bolso(5, "1399.00");
        ProductLedger.Row row = held();
        row.document().put(LedgerDocument.stockKey("BOLSO-PIEL-01"),
                ProductAspects.of(before).stock().get("BOLSO-PIEL-01"));
        products.write(List.of(row), List.of());
        return ProductPlan.live("77", now, ProductAspects.of(now),
                ProductDiff.between(AcceptedProduct.of(before), now), "55", true,
                new PublicationIntent(MARKETS, unwanted, sentStates()));
    }

    /** The states the hub last sent, by market, as the ledger holds them. */
    private Map<Long, PublicationState> sentStates() {
        return held().document().sentStates();
    }

    /** The product's ledger row (an empty one while the ledger has none). */
    private ProductLedger.Row held() {
        return products.read(List.of("BOLSO-PIEL-01")).getOrDefault("BOLSO-PIEL-01",
                ProductLedger.Row.none("BOLSO-PIEL-01", "77"));
    }

    private MappedProduct bolso(int stock, String price) {
        ClothingShop.ProductBuilder builder = ClothingShop.bolso();
        if (stock != 1) {
            builder.name = "Bolso de piel tipo bandolera, edición 2";
        }
        builder.prices = new io.cloudsync.hub.model.Prices(new java.math.BigDecimal(price),
                new java.math.BigDecimal(price), new java.math.BigDecimal(price));
        builder.variations = List.of(new io.cloudsync.hub.model.Variation(0, "BOLSO-PIEL-01", "", true, List.of(),
                builder.prices, List.of()));
        return mapper.map(builder.build(), Map.of(0L, stock));
    }

    /**
     * Runs the plan to its end, MarketSync accepting every call; the look-up finds the product (id 55, published on
     * the three markets) with the given states, or nothing when {@code states} is null. Returns the items per kind.
     */
    private Map<RequestKind, List<SinkRequest.Item>> deliver(ProductPlan plan, Map<Long, String> states) {
        MarketSyncRun run = new MarketSyncRun(new ChangeSet(1, "products", List.of()), List.of(plan), batcher, ledger);
        Map<RequestKind, List<SinkRequest.Item>> sent = new java.util.LinkedHashMap<>();
        while (run.prepareNextWave()) {
            for (SinkRequest request : run.wave()) {
                sent.computeIfAbsent(request.kind(), k -> new ArrayList<>()).addAll(request.items());
                run.accepted(request, answer(request, states));
            }
        }
        run.recordAccepted();
        assertThat(plan.failed()).isFalse();
        return sent;
    }

    private static com.fasterxml.jackson.databind.JsonNode answer(SinkRequest request, Map<Long, String> states) {
        ArrayNode answer = NODES.arrayNode();
        if (request.kind() == RequestKind.LOOKUP && states != null) {
            ObjectNode product = answer.addObject().put("id", "55").put("sku", "BOLSO-PIEL-01");
            product.putArray("variaciones").addObject().put("sku", "BOLSO-PIEL-01");
            ArrayNode markets = product.putArray("markets");
            ArrayNode precios = product.putArray("precios");
            for (long market : MARKETS) {
                markets.addObject().put("market_id", Long.toString(market));
                precios.addObject().put("id", Long.toString(market)).put("estado", states.getOrDefault(market,
                        "publicar"));
            }
        } else if (request.kind() == RequestKind.CREATE) {
            answer.addObject().put("sku", "BOLSO-PIEL-01").put("id", "55");
        }
        return answer;
    }

    private static List<Object> markets(List<SinkRequest.Item> items) {
        return items.stream().map(item -> item.body().get("market_id")).toList();
    }
}

package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.ClothingShop;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.db.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stages of a delivery run, driven by hand: what each stage sends and what the ledger records. */
class MarketSyncRunTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final SinkLedger ledger = new SinkLedger(db.dataSource());
    private final ProductLedger products = new ProductLedger(ledger);
    private final RequestBatcher batcher = new RequestBatcher(2, 1_000_000, CanonicalJson.mapper());
    private final MarketSyncMapper mapper = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewProductIsLookedUpCreatedAndGetsItsVariationsAndPricesWithoutASeparateStockCall() throws Exception {
        MappedProduct camiseta = mapper.map(ClothingShop.camiseta().build(), Map.of(101L, 5, 102L, 0, 103L, 2, 104L, 9));
        MarketSyncRun run = run(ProductPlan.live("42", camiseta, ProductAspects.of(camiseta),
                ProductDiff.between(AcceptedProduct.none(), camiseta), null, true));

        assertThat(next(run)).containsExactly(RequestKind.LOOKUP);
        run.accepted(run.wave().get(0), NODES.arrayNode());
        assertThat(next(run)).containsExactly(RequestKind.CREATE);
        run.accepted(run.wave().get(0), created(camiseta.sku(), "900"));
        assertThat(products.read(List.of(camiseta.sku()))).as("not before the creates are over").isEmpty();
        assertThat(next(run)).as("4 variations in batches of 2").containsExactly(RequestKind.VARIATION_CREATE,
                RequestKind.VARIATION_CREATE);
        assertThat(remoteIdOf(camiseta.sku())).as("the id MarketSync gave, in the ledger once the creates are over"
                + " (the progress counts the product)").contains("900");
        assertThat(ledger.countWithRemoteId(LedgerSinks.PRODUCT)).isOne();
        run.wave().forEach(request -> run.accepted(request, NODES.arrayNode()));
        assertThat(next(run)).allMatch(kind -> kind == RequestKind.PRICES);
        run.wave().forEach(request -> run.accepted(request, NODES.arrayNode()));
        assertThat(run.prepareNextWave()).isFalse();

        assertThat(remoteIdOf(camiseta.sku())).contains("900");
        ProductLedger.Row row = products.read(List.of(camiseta.sku())).get(camiseta.sku());
        assertThat(row.storeId()).isEqualTo("42");
        AcceptedProduct held = row.document().accepted();
        assertThat(held.exists()).isTrue();
        assertThat(held.variations()).as("one row holds every aspect").hasSize(4);
        assertThat(held.stock()).hasSize(4);
        assertThat(held.prices()).hasSize(camiseta.prices().size());
        assertThat(ProductDiff.between(row.document().accepted(), camiseta).isEmpty()).isTrue();
        assertThat(products.byStockSku(List.of("CAM-LINO-AZ-S", "NOT-A-SKU"))).containsOnlyKeys("CAM-LINO-AZ-S");
        assertThat(rowsOf(camiseta.sku())).as("no row per aspect").isZero();
    }

    @Test
    void aRefusedVariationStaysUnrecordedWhileTheOthersAreRecordedSoOnlyItIsSentAgain() {
        MappedProduct camiseta = mapper.map(ClothingShop.camiseta().build(), Map.of(101L, 5, 102L, 0, 103L, 2, 104L, 9));
        MarketSyncRun run = run(ProductPlan.live("42", camiseta, ProductAspects.of(camiseta),
                ProductDiff.between(AcceptedProduct.none(), camiseta), null, true));
        next(run);
        run.accepted(run.wave().get(0), NODES.arrayNode());
        next(run);
        run.accepted(run.wave().get(0), created(camiseta.sku(), "900"));
        assertThat(next(run)).containsExactly(RequestKind.VARIATION_CREATE, RequestKind.VARIATION_CREATE);
        run.accepted(run.wave().get(0), NODES.arrayNode());
        run.refused(run.wave().get(1), "item 1: color: unknown");
        assertThat(next(run)).as("the refused batch, halved").containsExactly(RequestKind.VARIATION_CREATE,
                RequestKind.VARIATION_CREATE);
        String refused = String.valueOf(run.wave().get(1).items().get(0).body().get("sku"));
        run.accepted(run.wave().get(0), NODES.arrayNode());
        run.refused(run.wave().get(1), "color: unknown");
        while (run.prepareNextWave()) {
            run.wave().forEach(request -> run.accepted(request, NODES.arrayNode()));
        }

        AcceptedProduct held = products.read(List.of(camiseta.sku())).get(camiseta.sku()).document().accepted();
        assertThat(held.variations()).hasSize(3).doesNotContainKey(refused);
        assertThat(held.stock()).hasSize(3).doesNotContainKey(refused);
        ProductDiff next = ProductDiff.between(held, camiseta);
        assertThat(next.newVariations()).extracting(v -> v.sku()).containsExactly(refused);
        assertThat(next.updatableColumns()).isEmpty();
    }

    @Test
    void aStockOnlyChangeSendsOnlyStockAndTheLedgerThenHoldsTheNewFigure() {
        MappedProduct before = mapper.map(ClothingShop.camiseta().build(), Map.of(101L, 5, 102L, 0, 103L, 2, 104L, 9));
        deliverWhole(before);
        MappedProduct now = mapper.map(ClothingShop.camiseta().build(), Map.of(101L, 4, 102L, 0, 103L, 2, 104L, 9));
        AcceptedProduct held = products.read(List.of(now.sku())).get(now.sku()).document().accepted();
        MarketSyncRun run = run(ProductPlan.live("42", now, ProductAspects.of(now), ProductDiff.between(held, now),
                "900", true));

        assertThat(next(run)).containsExactly(RequestKind.LOOKUP);
        run.accepted(run.wave().get(0), found(now.sku(), "900", now.variations().stream().map(v -> v.sku()).toList()));
        assertThat(next(run)).containsExactly(RequestKind.STOCK);
        assertThat(run.wave().get(0).items()).extracting(item -> item.body().get("stock")).containsExactly(4);
        run.accepted(run.wave().get(0), NODES.arrayNode());
        assertThat(run.prepareNextWave()).isFalse();

        AcceptedProduct after = products.read(List.of(now.sku())).get(now.sku()).document().accepted();
        assertThat(ProductDiff.between(after, now).isEmpty()).isTrue();
        assertThat(after.stock()).containsEntry(now.variations().get(0).sku(), 4);
    }

    @Test
    void aRemovedProductIsForgottenWhole() throws Exception {
        MappedProduct camiseta = mapper.map(ClothingShop.camiseta().build(), Map.of(101L, 5, 102L, 0, 103L, 2, 104L, 9));
        deliverWhole(camiseta);
        MarketSyncRun run = run(ProductPlan.removal("42", camiseta.sku(), "900"));
        next(run);
        run.accepted(run.wave().get(0), found(camiseta.sku(), "900", List.of()));
        assertThat(next(run)).containsExactly(RequestKind.DELETE);
        run.accepted(run.wave().get(0), NODES.arrayNode());
        assertThat(run.prepareNextWave()).isFalse();

        assertThat(products.read(List.of(camiseta.sku()))).isEmpty();
        assertThat(rowsOf(camiseta.sku())).isZero();
        assertThat(products.byStockSku(camiseta.variations().stream().map(v -> v.sku()).toList())).isEmpty();
    }

    /** A new product through a whole run, MarketSync accepting everything (id 900). */
    private void deliverWhole(MappedProduct product) {
        MarketSyncRun run = run(ProductPlan.live("42", product, ProductAspects.of(product),
                ProductDiff.between(AcceptedProduct.none(), product), null, true));
        while (run.prepareNextWave()) {
            run.wave().forEach(request -> run.accepted(request, request.kind() == RequestKind.CREATE
                    ? created(product.sku(), "900") : NODES.arrayNode()));
        }
    }

    /** The look-up's answer: the product MarketSync has, with these variations, published nowhere. */
    private static JsonNode found(String sku, String id, List<String> variations) {
        var product = NODES.objectNode().put("id", id).put("sku", sku);
        var array = product.putArray("variaciones");
        variations.forEach(v -> array.addObject().put("sku", v));
        return NODES.arrayNode().add(product);
    }

    /** The remote id the product's ledger row holds, empty without a row. */
    private Optional<String> remoteIdOf(String sku) {
        return Optional.ofNullable(products.read(List.of(sku)).get(sku)).map(ProductLedger.Row::remoteId);
    }

    /** Rows of the ledger other than the product's own that belong to the product. */
    private long rowsOf(String sku) throws java.sql.SQLException {
        try (var connection = db.dataSource().getConnection();
             var select = connection.prepareStatement("SELECT COUNT(*) FROM sink_ledger WHERE parent_key = ?")) {
            select.setString(1, sku);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void aRefusedBatchIsSplitUntilTheRefusedItemIsAloneAndOnlyItsProductFails() {
        List<ProductPlan> plans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ClothingShop.ProductBuilder builder = ClothingShop.bolso();
            builder.id = 70 + i;
            builder.reference = "BOLSO-PIEL-0" + i;
            builder.variations = List.of(new io.cloudsync.hub.model.Variation(0, builder.reference, "", true,
                    List.of(), builder.prices, List.of()));
            MappedProduct bolso = mapper.map(builder.build(), Map.of(0L, 1));
            plans.add(ProductPlan.live(Integer.toString(70 + i), bolso, ProductAspects.of(bolso),
                    ProductDiff.between(AcceptedProduct.none(), bolso), null, true));
        }
        MarketSyncRun run = run(plans.toArray(ProductPlan[]::new));
        next(run);
        run.wave().forEach(lookup -> run.accepted(lookup, NODES.arrayNode()));

        assertThat(next(run)).containsExactly(RequestKind.CREATE, RequestKind.CREATE);
        SinkRequest refused = run.wave().get(1);
        run.accepted(run.wave().get(0), created("BOLSO-PIEL-00", "1", "BOLSO-PIEL-01", "2"));
        run.refused(refused, "item 1 (sku BOLSO-PIEL-03): nombre: missing");
        assertThat(next(run)).as("the refused batch, halved").containsExactly(RequestKind.CREATE, RequestKind.CREATE);
        run.accepted(run.wave().get(0), created("BOLSO-PIEL-02", "3"));
        run.refused(run.wave().get(1), "nombre: missing");

        assertThat(plans).extracting(ProductPlan::failed).containsExactly(false, false, false, true);
        assertThat(plans.get(3).failure().message()).contains("MarketSync refused POST productos: nombre: missing");
        assertThat(plans.get(3).failure().errorClass()).isEqualTo(ProductRejectedException.class.getName());
    }

    @Test
    void aDeletedProductPublishedSomewhereIsSoldOutThereAndNeverDeleted() {
        MarketSyncRun run = run(ProductPlan.removal("7", "BOLSO-PIEL-07", "55"));
        next(run);
        JsonNode found = NODES.arrayNode().add(NODES.objectNode().put("id", "55").put("sku", "BOLSO-PIEL-07")
                .set("markets", NODES.arrayNode().add(NODES.objectNode().put("market_id", "4"))
                        .add(NODES.objectNode().put("market_id", "6"))));
        run.accepted(run.wave().get(0), found);

        assertThat(next(run)).containsExactly(RequestKind.SELL_OUT);
        assertThat(run.wave().get(0).items()).extracting(item -> item.body().get("market_id")).containsExactly(4L, 6L);
    }

    private MarketSyncRun run(ProductPlan... plans) {
        return new MarketSyncRun(new ChangeSet(1, "products", List.of()), List.of(plans), batcher, ledger);
    }

    private static List<RequestKind> next(MarketSyncRun run) {
        run.prepareNextWave();
        return run.wave().stream().map(SinkRequest::kind).toList();
    }

    private static JsonNode created(String... skuAndIds) {
        var answer = NODES.arrayNode();
        for (int i = 0; i < skuAndIds.length; i += 2) {
            answer.add(NODES.objectNode().put("sku", skuAndIds[i]).put("id", skuAndIds[i + 1]));
        }
        return answer;
    }
}

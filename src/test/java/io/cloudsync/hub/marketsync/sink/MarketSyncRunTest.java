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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stages of a delivery run, driven by hand: what each stage sends and what the ledger records. */
class MarketSyncRunTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final SinkLedger ledger = new SinkLedger(db.dataSource());
    private final RequestBatcher batcher = new RequestBatcher(2, 1_000_000, CanonicalJson.mapper());
    private final MarketSyncMapper mapper = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewProductIsLookedUpCreatedAndGetsItsVariationsAndPricesWithoutASeparateStockCall() {
        MappedProduct camiseta = mapper.map(ClothingShop.camiseta().build(), Map.of(101L, 5, 102L, 0, 103L, 2, 104L, 9));
        MarketSyncRun run = run(ProductPlan.live("42", camiseta, ProductAspects.of(camiseta),
                ProductDiff.between(AcceptedProduct.none(), camiseta), null, true));

        assertThat(next(run)).containsExactly(RequestKind.LOOKUP);
        run.accepted(run.wave().get(0), NODES.arrayNode());
        assertThat(next(run)).containsExactly(RequestKind.CREATE);
        run.accepted(run.wave().get(0), created(camiseta.sku(), "900"));
        assertThat(next(run)).as("4 variations in batches of 2").containsExactly(RequestKind.VARIATION_CREATE,
                RequestKind.VARIATION_CREATE);
        run.wave().forEach(request -> run.accepted(request, NODES.arrayNode()));
        assertThat(next(run)).allMatch(kind -> kind == RequestKind.PRICES);
        run.wave().forEach(request -> run.accepted(request, NODES.arrayNode()));
        assertThat(run.prepareNextWave()).isFalse();

        assertThat(ledger.find(LedgerSinks.PRODUCT, camiseta.sku())).map(LedgerEntry::remoteId).contains("900");
        assertThat(ledger.findByParent(LedgerSinks.VARIATION, List.of(camiseta.sku()))).hasSize(4);
        assertThat(ledger.findByParent(LedgerSinks.STOCK, List.of(camiseta.sku()))).hasSize(4);
        assertThat(ledger.findByParent(LedgerSinks.PRICE, List.of(camiseta.sku()))).hasSize(camiseta.prices().size());
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

package io.cloudsync.hub.marketsync.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudsync.hub.http.HttpCall;
import io.cloudsync.hub.http.HttpResult;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.marketsync.MarketSyncSigner;
import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.ClothingShop;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapper;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.db.TestDatabase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A create whose answer was lost is followed by a look-up of its SKUs before it is posted again. */
class UnknownCreatesTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2);
    private final SinkLedger ledger = new SinkLedger(db.dataSource());
    private final RequestBatcher batcher = new RequestBatcher(4, 1_000_000, CanonicalJson.mapper());
    private final MarketSyncMapper mapper = new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue());
    private final List<HttpCall> calls = new ArrayList<>();
    /** What MarketSync holds, by SKU: the look-up answers from it. */
    private final Map<String, String> held = new java.util.HashMap<>();
    private final MarketSyncClient client = new MarketSyncClient(new MarketSyncSettings("http://marketsync.test",
            "token", "key", null), new MarketSyncSigner("token", "key"), this::answer, CanonicalJson.mapper());
    private final UnknownCreates unknown = new UnknownCreates(client, batcher);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBatchCreateWhoseAnswerWasLostIsSentAgainOnlyForWhatMarketSyncDoesNotHave() {
        List<ProductPlan> plans = plans(3);
        MarketSyncRun run = lookedUpNothing(plans);
        assertThat(run.prepareNextWave()).isTrue();
        SinkRequest create = run.wave().get(0);
        assertThat(create.size()).isEqualTo(3);

        UnknownCreates.outcomeUnknown(create);
        held.put("BOLSO-PIEL-00", "1000001");
        held.put("BOLSO-PIEL-02", "1000002");
        SinkRequest again = unknown.settle(create);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(URLDecoder.decode(call.url(), StandardCharsets.UTF_8))
                    .contains("skus=BOLSO-PIEL-00,BOLSO-PIEL-01,BOLSO-PIEL-02");
        });
        assertThat(again.items()).extracting(item -> item.plan().sku()).containsExactly("BOLSO-PIEL-01");
        assertThat(plans.get(0).mode()).as("found: goes on as an update").isEqualTo(ProductPlan.Mode.FULL);
        assertThat(plans.get(0).remoteId()).isEqualTo("1000001");
        run.failed(create, new IllegalStateException("lost again"), 3);
        assertThat(plans).extracting(ProductPlan::failed).as("only the product still to create fails")
                .containsExactly(false, true, false);
        run.recordAccepted();
        assertThat(new ProductLedger(ledger).read(List.of("BOLSO-PIEL-02"))).extractingByKey("BOLSO-PIEL-02")
                .extracting(ProductLedger.Row::remoteId).isEqualTo("1000002");
    }

    @Test
    void theHalvesOfARefusedBatchLookUpTheirOwnProductsBeforeTheirRetry() {
        List<ProductPlan> plans = plans(4);
        MarketSyncRun run = lookedUpNothing(plans);
        run.prepareNextWave();
        run.refused(run.wave().get(0), "item 3: nombre: missing");
        run.prepareNextWave();
        SinkRequest firstHalf = run.wave().get(0);

        UnknownCreates.outcomeUnknown(firstHalf);
        held.put("BOLSO-PIEL-00", "1000001");
        held.put("BOLSO-PIEL-01", "1000002");
        SinkRequest again = unknown.settle(firstHalf);

        assertThat(again.size()).as("both found: nothing to post").isZero();
        assertThat(URLDecoder.decode(calls.get(0).url(), StandardCharsets.UTF_8))
                .contains("skus=BOLSO-PIEL-00,BOLSO-PIEL-01").doesNotContain("BOLSO-PIEL-02");
        SinkRequest secondHalf = run.wave().get(1);
        assertThat(unknown.settle(secondHalf).size()).as("a half whose outcome is known is sent without a look-up")
                .isEqualTo(2);
        assertThat(calls).hasSize(1);
    }

    @Test
    void aCreateWhoseOutcomeIsKnownIsSentWithoutALookUp() {
        List<ProductPlan> plans = plans(2);
        MarketSyncRun run = lookedUpNothing(plans);
        run.prepareNextWave();

        assertThat(unknown.settle(run.wave().get(0)).size()).isEqualTo(2);
        assertThat(calls).isEmpty();
    }

    private MarketSyncRun lookedUpNothing(List<ProductPlan> plans) {
        MarketSyncRun run = new MarketSyncRun(new ChangeSet(1, "products", List.of()), plans, batcher, ledger);
        run.prepareNextWave();
        run.wave().forEach(lookup -> run.accepted(lookup, NODES.arrayNode()));
        return run;
    }

    private List<ProductPlan> plans(int count) {
        List<ProductPlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ClothingShop.ProductBuilder builder = ClothingShop.bolso();
            builder.id = 70 + i;
            builder.reference = "BOLSO-PIEL-0" + i;
            builder.variations = List.of(new io.cloudsync.hub.model.Variation(0, builder.reference, "", true,
                    List.of(), builder.prices, List.of()));
            MappedProduct bolso = mapper.map(builder.build(), Map.of(0L, 1));
            plans.add(ProductPlan.live(Integer.toString(70 + i), bolso, ProductAspects.of(bolso),
                    ProductDiff.between(AcceptedProduct.none(), bolso), null, true));
        }
        return plans;
    }

    /** MarketSync's look-up: the products it holds among the SKUs asked for. */
    private HttpResult answer(HttpCall call) {
        calls.add(call);
        String query = URLDecoder.decode(call.url(), StandardCharsets.UTF_8);
        ArrayNode found = NODES.arrayNode();
        held.forEach((sku, id) -> {
            if (query.contains(sku)) {
                found.addObject().put("sku", sku).put("id", id);
            }
        });
        return new HttpResult(200, Map.of(), NODES.objectNode().set("answer", found).toString());
    }
}

package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import io.cloudsync.hub.e2e.SyncHarness;
import io.cloudsync.hub.erp.products.CallItem;
import io.cloudsync.hub.erp.products.MappedTemplate;
import io.cloudsync.hub.erp.products.PlannedCall;
import io.cloudsync.hub.erp.products.ProductsRun;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.mirror.MirrorUpsert;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * routes/erp-tryton-products.camel.yaml against a real trytond: the hub mirrors a sandbox shop (no product sinks),
 * and the test hands change sets of its products to direct:erp-tryton-products. The tests run in order on one
 * Tryton database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErpTrytonProductsRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = CanonicalJson.mapper();
    private static final List<String> IDS = List.of("1", "2", "3", "4", "5", "6", "7", "8");

    @TempDir
    static Path dir;
    private static TrytonDatabase tryton;
    private static SyncHarness harness;
    private static ProducerTemplate producer;
    private static MirrorRepository mirror;

    @BeforeAll
    static void start() throws Exception {
        tryton = TrytonServer.shared().newDatabase();
        Map<String, String> keys = new HashMap<>(tryton.hubProperties());
        keys.put("hub.sinks.products", "");
        keys.put("hub.erp.tryton.batch-size", "3");
        harness = SyncHarness.start(dir, 20, keys);
        producer = harness.hub().main().getCamelContext().createProducerTemplate();
        mirror = harness.bean("mirrorRepository", MirrorRepository.class);
        SyncHarness.await(WAIT, "the products mirrored", () -> mirror.find("products", IDS).size() == IDS.size());
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    @Order(1)
    void aChangeSetOfSandboxProductsReachesTrytonWithEveryVariant() {
        ProductsRun run = deliver(new ChangeSet(101, "products", IDS));

        List<String> skus = expectedSkus(IDS);
        assertThat(skus).hasSizeGreaterThan(IDS.size());
        JsonNode variants = variants(skus);
        assertThat(variants).hasSize(skus.size());
        assertThat(codes(variants)).containsExactlyInAnyOrderElementsOf(skus);
        assertThat(run.count(PlannedCall.Kind.CREATE_TEMPLATES)).isEqualTo(IDS.size());
        assertThat(run.sentCalls()).allSatisfy(call -> assertThat(call.items()).hasSizeLessThanOrEqualTo(3));
        assertThat(run.reasons().values()).as("only variations without a SKU are held back")
                .allSatisfy(reasons -> assertThat(reasons).allSatisfy(reason -> assertThat(reason)
                        .contains("has no SKU")));
        Product first = product("1");
        JsonNode template = tryton.call("model.product.template.search_read",
                List.of(List.of("products.code", "=", first.variations().get(0).reference())), 0, null, null,
                List.of("name", "list_price", "type", "salable", "purchasable", "categories"), context());
        assertThat(template.get(0).path("name").asText()).isEqualTo(first.name());
        assertThat(new java.math.BigDecimal(template.get(0).path("list_price").path("decimal").asText()))
                .isEqualByComparingTo(first.prices().taxExcluded());
        assertThat(template.get(0).path("type").asText()).isEqualTo("goods");
    }

    @Test
    @Order(2)
    void aSecondDeliveryOfTheSameSetCreatesNothing() {
        int before = variants(expectedSkus(IDS)).size();

        Object again = producer.requestBody("direct:erp-tryton-products", new ChangeSet(101, "products", IDS));
        ProductsRun replayed = deliver(new ChangeSet(0, "products", IDS));

        assertThat(again).as("the idempotent consumer skips a set it delivered").isNotInstanceOf(ProductsRun.class);
        assertThat(replayed.sentCalls()).as("nothing differs: no call at all").isEmpty();
        assertThat(variants(expectedSkus(IDS))).hasSize(before);
    }

    @Test
    @Order(3)
    void anEditWritesOnlyTheChangedField() {
        harness.shop().editProduct(2, Map.of("name", new FieldInput.PerLanguage(Map.of(1, "Renombrado", 2,
                "Renamed"))));
        SyncHarness.await(WAIT, "the new name mirrored", () -> product("2").name().equals("Renombrado"));

        ProductsRun run = deliver(new ChangeSet(102, "products", List.of("2")));

        assertThat(run.sentCalls()).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo(PlannedCall.Kind.WRITE_TEMPLATES);
            assertThat(call.items()).extracting(CallItem::values).containsExactly(Map.of("name", "Renombrado"));
        });
        assertThat(variants(expectedSkus(List.of("2"))).get(0).path("template.").path("name").asText())
                .isEqualTo("Renombrado");
    }

    @Test
    @Order(4)
    void aDeletionDeactivatesTheTemplateAndItsVariantsAndTheyComeBackWithTheProduct() {
        String payload = mirror.payloadOf("products", "3");
        mirror.markDeleted("products", List.of("3"));

        deliver(new ChangeSet(103, "products", List.of("3")));

        assertThat(variants(expectedSkus(List.of("3")))).isNotEmpty().allSatisfy(variant -> {
            assertThat(active(variant)).isFalse();
            assertThat(active(variant.path("template."))).isFalse();
        });

        mirror.upsertPage("products", List.of(MirrorUpsert.of("3", product("3").reference(), payload)));
        deliver(new ChangeSet(104, "products", List.of("3")));

        assertThat(variants(expectedSkus(List.of("3")))).isNotEmpty().allSatisfy(variant -> {
            assertThat(active(variant)).isTrue();
            assertThat(active(variant.path("template."))).isTrue();
        });
    }

    @Test
    @Order(5)
    void aRefusalIsADeadLetterNamingTheProductAndTrytonsMessageAndItsReplayDeliversIt() throws Exception {
        mirror.upsertPage("products", List.of(copy("4", "990001", "", "REFUSED-1"), copy("4", "990002", "Fine",
                "FINE-1")));

        ProductsRun run = deliver(new ChangeSet(105, "products", List.of("990001", "990002")));

        assertThat(run.reasons()).containsOnlyKeys("990001");
        assertThat(variants(List.of("FINE-1"))).hasSize(1);
        DeadLetterRepository letters = harness.bean("deadLetterRepository", DeadLetterRepository.class);
        List<DeadLetterSummary> pending = letters.list(DeadLetterQuery.any().withSink("erp-tryton-products")
                .withStatus(DeadLetterStatus.PENDING));
        assertThat(pending).singleElement().satisfies(letter -> {
            assertThat(letter.messageKey()).isEqualTo("990001");
            assertThat(letter.errorMessage()).contains("store product 990001", "REFUSED-1")
                    .contains("A value is required for field \"Name\"");
        });

        mirror.upsertPage("products", List.of(copy("4", "990001", "Fixed", "REFUSED-1")));
        letters.requestReplay(List.of(pending.get(0).id()));

        SyncHarness.await(WAIT, "the replayed letter delivered", () -> variants(List.of("REFUSED-1")).size() == 1);
        SyncHarness.await(WAIT, "its letter resolved", () -> letters.find(pending.get(0).id()).orElseThrow()
                .status() == DeadLetterStatus.RESOLVED);
    }

    @Test
    @Order(6)
    void onceTrytonHasACategoryWithAccountingEveryTemplateGetsItAsItsAccountCategory() {
        long store = tryton.call("model.product.category.search", List.of(List.of("name", "=", "Store")), 0, 1, null,
                Map.of()).get(0).asLong();
        tryton.call("model.product.category.write", List.of(store), Map.of("accounting", true), Map.of());

        ProductsRun run = deliver(new ChangeSet(106, "products", List.of("1")));

        assertThat(run.sentCalls()).singleElement().satisfies(call -> assertThat(call.items())
                .extracting(CallItem::values).containsExactly(Map.of("account_category", store)));
        JsonNode template = variants(expectedSkus(List.of("1"))).get(0).path("template.");
        assertThat(template.path("account_category").asLong()).isEqualTo(store);
    }

    private static boolean active(JsonNode record) {
        JsonNode active = record.path("active");
        return active.isBoolean() ? active.asBoolean() : active.asInt() != 0;
    }

    private static ProductsRun deliver(ChangeSet set) {
        return producer.requestBody("direct:erp-tryton-products", set, ProductsRun.class);
    }

    private static Product product(String storeId) {
        try {
            return JSON.readValue(mirror.payloadOf("products", storeId), Product.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mirrored product under another store id, with another name and a single variation of the given SKU. */
    private static MirrorUpsert copy(String from, String storeId, String name, String sku) throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree(mirror.payloadOf("products", from));
        payload.put("id", Long.parseLong(storeId)).put("reference", sku).put("name", name);
        ObjectNode variation = (ObjectNode) payload.withArray("variations").get(0);
        variation.put("reference", sku).put("combinationId", 0);
        payload.putArray("variations").add(variation);
        return MirrorUpsert.of(storeId, sku, JSON.writeValueAsString(payload));
    }

    private static List<String> expectedSkus(List<String> storeIds) {
        List<String> skus = new ArrayList<>();
        storeIds.forEach(id -> skus.addAll(MappedTemplate.of(id, product(id)).skus()));
        return skus;
    }

    private static JsonNode variants(List<String> codes) {
        return tryton.call("model.product.product.search_read", List.of(List.of("code", "in", codes)), 0, null, null,
                List.of("code", "active", "template.name", "template.active", "template.account_category"),
                Map.of("active_test", false));
    }

    private static List<String> codes(JsonNode variants) {
        List<String> codes = new ArrayList<>();
        variants.forEach(variant -> codes.add(variant.path("code").asText()));
        return codes;
    }

    private static Map<String, Object> context() {
        return Map.of("company", tryton.admin().context().get("company"));
    }
}

package io.cloudsync.hub.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.e2e.SyncHarness;
import io.cloudsync.hub.erp.mapping.TrytonMapping;
import io.cloudsync.hub.erp.mapping.TrytonMappingLoader;
import io.cloudsync.hub.erp.products.CallItem;
import io.cloudsync.hub.erp.products.MappedTemplate;
import io.cloudsync.hub.erp.products.PlannedCall;
import io.cloudsync.hub.erp.products.ProductsRun;
import io.cloudsync.hub.marketsync.mapping.HtmlText;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.outbox.ChangeSet;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.testing.TrytonDatabase;
import io.cloudsync.hub.testing.TrytonServer;
import java.math.BigDecimal;
import java.nio.file.Files;
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
 * The Tryton mapping file (hub.erp.tryton.mapping-file) through routes/erp-tryton-products.camel.yaml against a real
 * trytond: fields the file adds reach Tryton, a second delivery finds them equal, and a store edit of the field a
 * mapped value comes from writes that field only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErpTrytonMappingRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = CanonicalJson.mapper();
    private static final List<String> IDS = List.of("1", "2", "3");
    private static final String MAPPING = """
            product-template:
              list_price: prices.listPrice          # tax included
              consumable: true
            product-variant:
              description: {path: product.summary, stripHtml: true}
            """;

    @TempDir
    static Path dir;
    private static TrytonDatabase tryton;
    private static SyncHarness harness;
    private static ProducerTemplate producer;
    private static MirrorRepository mirror;

    @BeforeAll
    static void start() throws Exception {
        tryton = TrytonServer.shared().newDatabase();
        Path mapping = Files.writeString(Files.createDirectories(dir.resolve("mapping")).resolve("erp.yaml"), MAPPING);
        Map<String, String> keys = new HashMap<>(tryton.hubProperties());
        keys.put("hub.sinks.products", "");
        keys.put("hub.erp.tryton.mapping-file", mapping.toString());
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
    void theMappedFieldsReachTryton() {
        ProductsRun run = deliver(new ChangeSet(201, "products", IDS));

        assertThat(run.count(PlannedCall.Kind.CREATE_TEMPLATES)).isEqualTo(IDS.size());
        Product first = product("1");
        assertThat(first.summary()).as("the sandbox product has a short description").isNotBlank();
        JsonNode variants = variants(skus("1"));
        assertThat(variants).isNotEmpty().allSatisfy(variant -> {
            assertThat(variant.path("description").asText()).isEqualTo(HtmlText.toText(first.summary()));
            JsonNode template = variant.path("template.");
            assertThat(new BigDecimal(template.path("list_price").path("decimal").asText()))
                    .isEqualByComparingTo(first.prices().listPrice());
            assertThat(template.path("consumable").asInt(template.path("consumable").asBoolean() ? 1 : 0))
                    .isEqualTo(1);
        });
    }

    @Test
    @Order(2)
    void aSecondDeliveryFindsTheMappedFieldsEqualAndSendsNothing() {
        ProductsRun again = deliver(new ChangeSet(0, "products", IDS));

        assertThat(again.sentCalls()).isEmpty();
    }

    @Test
    @Order(3)
    void anEditOfTheSummaryWritesOnlyTheVariantsDescription() {
        harness.shop().editProduct(2, Map.of("description_short", new FieldInput.PerLanguage(Map.of(
                1, "<p>Resumen <b>nuevo</b></p>", 2, "<p>New <b>summary</b></p>"))));
        SyncHarness.await(WAIT, "the new summary mirrored", () -> product("2").summary().contains("nuevo"));

        ProductsRun run = deliver(new ChangeSet(202, "products", List.of("2")));

        assertThat(run.sentCalls()).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo(PlannedCall.Kind.WRITE_TEMPLATES);
            Map<String, Object> values = call.items().get(0).values();
            assertThat(values).containsOnlyKeys("products");
            assertThat((List<?>) values.get("products")).isNotEmpty().allSatisfy(write -> assertThat(
                    ((List<?>) write).get(2)).isEqualTo(Map.of("description", "Resumen nuevo")));
        });
        assertThat(run.sentCalls()).flatExtracting(PlannedCall::items).extracting(CallItem::storeId)
                .containsOnly("2");
        assertThat(variants(skus("2"))).isNotEmpty().allSatisfy(variant -> assertThat(
                variant.path("description").asText()).isEqualTo("Resumen nuevo"));
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

    private static List<String> skus(String storeId) {
        TrytonMapping mapping = TrytonMappingLoader.parse(MAPPING, "test");
        return new ArrayList<>(MappedTemplate.of(storeId, product(storeId), mapping).skus());
    }

    private static JsonNode variants(List<String> codes) {
        return tryton.call("model.product.product.search_read", List.of(List.of("code", "in", codes)), 0, null, null,
                List.of("code", "description", "template.list_price", "template.consumable"),
                Map.of("active_test", false, "company", tryton.admin().context().get("company")));
    }
}

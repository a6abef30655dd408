package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.MarketSyncClient;
import io.cloudsync.hub.marketsync.MarketSyncSettings;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.testing.JdkHttpTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication states against both simulators, read from the MarketSync simulator's request log: a product the
 * seller suspended gets no write at all, a {@code parcial} one only stock and prices, a {@code fulfillment} one
 * no stock; a product deactivated in the store is suspended (not sold out) and published again when reactivated;
 * the mapping file keeps a category off Amazon. The tests run in order on one shop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(60);
    private static final int AMAZON = 6;

    @TempDir
    static Path dir;
    private static SyncHarness harness;
    /** The store product whose default category the mapping keeps off Amazon, and one of another category. */
    private static io.cloudsync.hub.sandbox.store.model.Product excluded;
    private static io.cloudsync.hub.sandbox.store.model.Product included;
    private static List<Integer> markets;

    @BeforeAll
    static void start() throws Exception {
        Path mapping = dir.resolve("mapping.yaml");
        harness = SyncHarness.prepare(dir, 40, Map.of("hub.ingest.page-size", "10", "hub.marketsync.mapping-file",
                mapping.toString()));
        Set<String> expected = harness.expectedCatalogue().keySet();
        List<io.cloudsync.hub.sandbox.store.model.Product> valid = harness.shop().data().products.all().stream()
                .filter(p -> expected.contains(p.reference())).toList();
        excluded = valid.get(0);
        included = valid.stream().filter(p -> p.defaultCategoryId() != excluded.defaultCategoryId()
                && java.util.Arrays.stream(p.categoryIds()).noneMatch(c -> c == excluded.defaultCategoryId()))
                .findFirst().orElseThrow();
        Files.writeString(mapping, Files.readString(Path.of(SyncHarness.MAPPING), StandardCharsets.UTF_8)
                + "\nexclude:\n  " + AMAZON + ":\n    categories: [" + excluded.defaultCategoryId() + "]\n",
                StandardCharsets.UTF_8);
        harness.startHub();
        markets = new ArrayList<>();
        for (JsonNode market : client().get("markets", Map.of())) {
            if (!market.has("activo") || market.path("activo").asInt(1) == 1) {
                markets.add(market.path("id").asInt(market.path("market_id").asInt()));
            }
        }
        SyncHarness.await(SYNC, "every valid product in MarketSync", () -> expected.stream()
                .allMatch(sku -> harness.marketSync().product(sku).isPresent()));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    @Order(1)
    void aCategoryTheMappingExcludesFromAmazonIsSuspendedThereOnceAndGetsNoPriceThere() {
        assertThat(markets).contains(AMAZON).hasSizeGreaterThan(1);
        SyncHarness.await(SYNC, "the excluded product suspended on Amazon, the call logged", () ->
                state(excluded.reference(), AMAZON) == PublicationState.SUSPENDER
                        && writes(0, excluded.reference()).contains("PUT productos/suspender"));

        Product product = harness.marketSync().product(excluded.reference()).orElseThrow();
        assertThat(product.listing(AMAZON).priced()).isFalse();
        assertThat(markets.stream().filter(m -> m != AMAZON)).allMatch(m -> product.listing(m).priced()
                && product.listing(m).state() == PublicationState.PUBLICAR);
        assertThat(writes(0, excluded.reference())).filteredOn("PUT productos/suspender"::equals).hasSize(1);
        assertThat(writes(0, included.reference())).doesNotContain("PUT productos/suspender");
        assertThat(harness.marketSync().product(included.reference()).orElseThrow().listing(AMAZON).priced()).isTrue();
    }

    @Test
    @Order(2)
    void suspendedGetsNoWriteParcialOnlyStockAndPricesFulfillmentNoStock() {
        List<io.cloudsync.hub.sandbox.store.model.Product> four = harness.shop().data().products.all().stream()
                .filter(p -> harness.marketSync().product(p.reference()).isPresent())
                .filter(p -> p.id() != excluded.id() && p.id() != included.id()).limit(4).toList();
        var suspended = four.get(0);
        var parcial = four.get(1);
        var fulfillment = four.get(2);
        var control = four.get(3);
        setState(suspended.reference(), "suspender");
        setState(parcial.reference(), "parcial");
        setState(fulfillment.reference(), "fulfillment");
        long since = harness.lastRequest();

        List<Integer> ids = four.stream().map(p -> p.id()).toList();
        harness.shop().bulkEditProducts(ids, Map.of("description_short",
                FieldInput.of("<p>Temporada de publicaciones.</p>"), "price", FieldInput.of("987.000000")));
        Map<String, Integer> newStock = new java.util.LinkedHashMap<>();
        for (var product : four) {
            int combination = firstCombination(product.id());
            harness.shop().setStock(product.id(), combination, 3210 + product.id());
            newStock.put(variationSku(product.id(), combination, product.reference()), 3210 + product.id());
        }

        String controlVariation = variationSku(control.id(), firstCombination(control.id()), control.reference());
        SyncHarness.await(SYNC, "the control product's description and stock", () -> described(control.reference())
                && stockOf(control.reference(), controlVariation) == newStock.get(controlVariation));
        String parcialVariation = variationSku(parcial.id(), firstCombination(parcial.id()), parcial.reference());
        SyncHarness.await(SYNC, "the parcial product's stock", () -> stockOf(parcial.reference(), parcialVariation)
                == newStock.get(parcialVariation));
        SyncHarness.await(SYNC, "the fulfillment product's description", () -> described(fulfillment.reference()));
        SyncHarness.await(SYNC, "the control's, parcial's and fulfillment's calls logged", () ->
                writes(since, control.reference()).containsAll(List.of("PUT productos", "PUT stock", "PUT precios"))
                        && writes(since, parcial.reference()).containsAll(List.of("PUT stock", "PUT precios"))
                        && writes(since, fulfillment.reference()).containsAll(List.of("PUT productos", "PUT precios")));

        assertThat(writes(since, suspended.reference())).as("a suspended product: no write at all").isEmpty();
        assertThat(markets).allMatch(m -> state(suspended.reference(), m) == PublicationState.SUSPENDER);
        assertThat(writes(since, parcial.reference())).as("parcial: stock and prices only")
                .contains("PUT stock", "PUT precios").allMatch(call -> call.equals("PUT stock")
                        || call.equals("PUT precios"));
        assertThat(described(parcial.reference())).isFalse();
        assertThat(writes(since, fulfillment.reference())).as("fulfillment: no stock")
                .contains("PUT productos", "PUT precios").doesNotContain("PUT stock");
        assertThat(writes(since, control.reference())).contains("PUT productos", "PUT stock", "PUT precios");
    }

    @Test
    @Order(3)
    void aDeactivatedProductIsSuspendedNotSoldOutAndPublishedAgainWhenReactivated() {
        var product = harness.shop().data().products.all().stream()
                .filter(p -> harness.marketSync().product(p.reference()).isPresent())
                .filter(p -> p.id() != excluded.id() && p.id() != included.id()).skip(4).findFirst().orElseThrow();
        String sku = product.reference();
        long since = harness.lastRequest();

        harness.shop().editProduct(product.id(), Map.of("active", FieldInput.of("0")));

        SyncHarness.await(SYNC, "suspended on every market, the call logged", () -> markets.stream()
                .allMatch(m -> state(sku, m) == PublicationState.SUSPENDER)
                && writes(since, sku).contains("PUT productos/suspender"));
        assertThat(writes(since, sku)).containsOnly("PUT productos/suspender");
        long reactivated = harness.lastRequest();

        harness.shop().editProduct(product.id(), Map.of("active", FieldInput.of("1")));

        SyncHarness.await(SYNC, "published again on every market, the call logged", () -> markets.stream()
                .allMatch(m -> state(sku, m) == PublicationState.PUBLICAR)
                && writes(reactivated, sku).contains("PUT productos/publicar"));
        assertThat(writes(reactivated, sku)).containsOnly("PUT productos/publicar");
        assertThat(writes(since, sku)).filteredOn(call -> call.startsWith("PUT productos/")).as("each change once")
                .containsExactly("PUT productos/suspender", "PUT productos/publicar");
    }

    /**
     * Calls other than reads ({@code GET}) that named the product or one of its variations, since {@code seq}. The
     * simulator logs a call when its answer is written, after its effect is visible: a test that saw the effect
     * waits for the call in the log too before it reads the log.
     */
    private static List<String> writes(long since, String sku) {
        Set<String> skus = new HashSet<>(Set.of(sku));
        harness.marketSync().product(sku).ifPresent(p -> p.variations().forEach(v -> skus.add(v.sku())));
        return harness.requestsSince(since).stream().filter(r -> !r.verb().equals("GET") && r.status() == 200)
                .filter(r -> r.skus().stream().anyMatch(skus::contains))
                .map(r -> r.verb() + " " + r.path()).toList();
    }

    private static PublicationState state(String sku, int market) {
        return harness.marketSync().product(sku).map(p -> p.listing(market).state()).orElse(null);
    }

    private static boolean described(String sku) {
        return harness.marketSync().product(sku).map(p -> p.columns().text(ProductColumn.DESCRIPCION)
                .equals("Temporada de publicaciones.")).orElse(false);
    }

    private static int stockOf(String sku, String variation) {
        return harness.marketSync().product(sku).flatMap(p -> p.variation(variation)).map(v -> v.stock()).orElse(-1);
    }

    /** As the seller would in MarketSync's panel: the product in this state on every active market. */
    private static void setState(String sku, String action) {
        long id = harness.marketSync().product(sku).orElseThrow().id();
        String body = markets.stream().map(m -> "{\"product_id\":" + id + ",\"market_id\":" + m + "}")
                .collect(Collectors.joining(",", "[", "]"));
        client().send("PUT", "productos/" + action, Map.of(), body);
    }

    private static int firstCombination(int productId) {
        return harness.shop().data().combinations.all().stream().filter(c -> c.productId() == productId)
                .mapToInt(c -> c.id()).min().orElse(0);
    }

    private static String variationSku(int productId, int combination, String productReference) {
        if (combination == 0) {
            return productReference;
        }
        return harness.shop().combination(combination).map(c -> c.reference()).orElseThrow();
    }

    private static MarketSyncClient client() {
        MarketSyncSettings settings = MarketSyncSettings.from(harness.properties());
        return new MarketSyncClient(settings, settings.signer(), new JdkHttpTransport(), CanonicalJson.mapper());
    }
}

package io.cloudsync.hub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.ProductDiff;
import io.cloudsync.hub.marketsync.mapping.MarketPrice;
import io.cloudsync.hub.marketsync.mapping.VariationColumns;
import io.cloudsync.hub.sandbox.marketsync.LoggedRequest;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub against both simulators: the initial sync, then one change of each kind, each reaching MarketSync
 * through exactly the call it needs. The tests run in order on one shop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueSyncTest {

    private static final Duration SYNC = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private static SyncHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = SyncHarness.start(dir, 80, Map.of("hub.poll.reconcile", "4s", "hub.ingest.page-size", "10"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    @Order(1)
    void theInitialSyncLeavesMarketSyncEqualToTheStoresMappedCatalogue() {
        Map<String, MappedProduct> expected = harness.expectedCatalogue();
        assertThat(expected).hasSizeGreaterThan(50);

        SyncHarness.await(SYNC, "every valid product in MarketSync",
                () -> expected.keySet().stream().allMatch(sku -> harness.marketSync().product(sku).isPresent()));
        SyncHarness.await(SYNC, "prices and stock delivered", () -> mismatches(harness, expected).isEmpty());

        assertThat(harness.marketSyncSkus()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(creates()).as("each product created once").doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void aNameEditIsOnePutWithOnlyTheChangedColumn() {
        Map.Entry<Integer, String> product = anyDeliveredProduct();
        MappedProduct before = harness.expectedCatalogue().get(product.getValue());
        long since = harness.lastRequest();

        harness.shop().editProduct(product.getKey(), Map.of("name",
                new FieldInput.PerLanguage(Map.of(1, "Camiseta renombrada", 2, "Renamed t-shirt"))));
        // what the mapping derives from the name (etiquetas, when there are no meta keywords) changes with it
        List<String> changed = new java.util.ArrayList<>(List.of("product_id"));
        changed.addAll(ProductDiff.between(AcceptedProduct.of(before),
                harness.expectedCatalogue().get(product.getValue())).updatableColumns().keySet());
        assertThat(changed).contains("nombre").doesNotContain("ficha", "marca", "alto", "atributos");

        SyncHarness.await(SYNC, "the new name in MarketSync", () -> harness.marketSync().product(product.getValue())
                .map(p -> p.columns().text(ProductColumn.NOMBRE)).orElse("").equals("Camiseta renombrada"));
        settle();
        List<LoggedRequest> calls = harness.requestsSince(since).stream().filter(r -> !r.verb().equals("GET"))
                .filter(r -> r.skus().contains(product.getValue())).toList();
        assertThat(calls).singleElement().satisfies(put -> {
            assertThat(put.verb()).isEqualTo("PUT");
            assertThat(put.path()).isEqualTo("productos");
            assertThat(put.columns()).containsExactly(changed);
        });
    }

    @Test
    @Order(3)
    void aStockOnlyChangeIsAStockPutAndNothingElse() {
        Map.Entry<Integer, String> product = anyDeliveredProduct();
        Product before = harness.marketSync().product(product.getValue()).orElseThrow();
        String variation = before.variations().get(0).sku();
        int combination = combinationOf(product.getKey(), variation);
        long since = harness.lastRequest();

        harness.shop().setStock(product.getKey(), combination, 4321);

        SyncHarness.await(Duration.ofSeconds(15), "the stock in MarketSync", () -> harness.marketSync()
                .product(product.getValue()).flatMap(p -> p.variation(variation)).map(v -> v.stock() == 4321)
                .orElse(false));
        settle();
        List<LoggedRequest> calls = harness.requestsSince(since).stream().filter(r -> !r.verb().equals("GET"))
                .filter(r -> r.skus().contains(variation) || r.skus().contains(product.getValue())).toList();
        assertThat(calls).extracting(r -> r.verb() + " " + r.path()).containsExactly("PUT stock");
    }

    @Test
    @Order(4)
    void aCombinationPriceChangeIsAPricesPut() {
        Map.Entry<Integer, String> product = anyDeliveredProduct();
        int defaultCombination = harness.shop().data().combinations.all().stream()
                .filter(c -> c.productId() == product.getKey() && c.defaultOn()).mapToInt(c -> c.id()).findFirst()
                .orElseThrow();
        long before = harness.marketSync().product(product.getValue()).orElseThrow().listing(4).precio();
        long since = harness.lastRequest();

        harness.shop().setCombinationPriceImpact(defaultCombination, "10.000000");

        SyncHarness.await(SYNC, "the new price in MarketSync", () -> harness.marketSync()
                .product(product.getValue()).orElseThrow().listing(4).precio() > before);
        settle();
        assertThat(callsFor(since, product.getValue())).isNotEmpty().allMatch(call -> call.equals("PUT precios"));
    }

    @Test
    @Order(5)
    void aNewCombinationIsAVariationPost() {
        Map.Entry<Integer, String> product = anyDeliveredProduct();
        var existing = harness.shop().data().combinations.all().stream()
                .filter(c -> c.productId() == product.getKey()).toList();
        var colours = harness.shop().data().optionValues.all().stream().filter(v -> v.groupId() == 2).toList();
        int[] values = existing.get(0).optionValueIds().clone();
        for (int i = 0; i < values.length; i++) {
            int current = values[i];
            if (colours.stream().anyMatch(c -> c.id() == current)) {
                values[i] = colours.stream().mapToInt(c -> c.id())
                        .filter(id -> existing.stream().noneMatch(e -> contains(e.optionValueIds(), id)))
                        .findFirst().orElseThrow();
            }
        }
        String sku = product.getValue() + "-NEW";
        long since = harness.lastRequest();

        harness.shop().addCombination(product.getKey(), Map.of("reference", FieldInput.of(sku)), values, 7);

        SyncHarness.await(Duration.ofSeconds(20), "the new variation in MarketSync", () -> harness.marketSync()
                .product(product.getValue()).flatMap(p -> p.variation(sku)).map(v -> v.stock() == 7).orElse(false));
        settle();
        List<String> calls = callsFor(since, sku);
        assertThat(calls).contains("POST variacion").doesNotContain("POST productos", "PUT productos");
    }

    @Test
    @Order(6)
    void aDeletedProductIsDeletedWhenNeverPublishedAndSoldOutWhenPublished() throws Exception {
        List<Map.Entry<Integer, String>> products = harness.shop().data().products.all().stream()
                .filter(p -> harness.marketSync().product(p.reference()).isPresent())
                .map(p -> Map.entry(p.id(), p.reference())).limit(2).toList();
        String unpublished = products.get(0).getValue();
        String published = products.get(1).getValue();
        long publishedId = harness.marketSync().product(published).orElseThrow().id();
        marketSyncClient().send("PUT", "productos/publicar", Map.of(),
                "[{\"product_id\":" + publishedId + ",\"market_id\":4}]");
        long since = harness.lastRequest();

        harness.shop().deleteProduct(products.get(0).getKey());
        harness.shop().deleteProduct(products.get(1).getKey());

        SyncHarness.await(SYNC, "the unpublished product deleted", () -> harness.marketSync().product(unpublished)
                .isEmpty());
        SyncHarness.await(SYNC, "the published product sold out", () -> harness.marketSync().product(published)
                .map(p -> p.listing(4).state().action().equals("agotar")).orElse(false));
        assertThat(callsFor(since, unpublished)).contains("DELETE productos").doesNotContain("PUT productos/agotar");
        assertThat(callsFor(since, published)).contains("PUT productos/agotar").doesNotContain("DELETE productos");
    }

    @Test
    @Order(7)
    void aBulkEditOfThreePagesInOneSecondDeliversEveryProductOnce() {
        List<Integer> ids = harness.shop().data().products.all().stream()
                .filter(p -> harness.marketSync().product(p.reference()).isPresent()).map(p -> p.id()).limit(30)
                .toList();
        assertThat(ids).hasSize(30);
        long since = harness.lastRequest();

        var edited = harness.shop().bulkEditProducts(ids, Map.of("description_short",
                FieldInput.of("<p>Nueva temporada: tejido renovado.</p>")));

        assertThat(edited.stream().map(p -> p.dateUpd()).distinct()).as("one second for all").hasSize(1);
        List<String> skus = edited.stream().map(p -> p.reference()).toList();
        SyncHarness.await(SYNC, "every edited product updated", () -> skus.stream().allMatch(sku -> harness
                .marketSync().product(sku).map(p -> p.columns().text(ProductColumn.DESCRIPCION)
                        .equals("Nueva temporada: tejido renovado.")).orElse(false)));
        settle();
        for (String sku : skus) {
            assertThat(callsFor(since, sku)).as(sku).containsExactly("PUT productos");
        }
    }

    /** The calls that wrote something about the SKU (each run's look-up reads its products' publication states). */
    private static List<String> callsFor(long since, String sku) {
        return harness.requestsSince(since).stream().filter(r -> !r.verb().equals("GET"))
                .filter(r -> r.skus().contains(sku))
                .map(r -> r.verb() + " " + r.path()).toList();
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static io.cloudsync.hub.marketsync.MarketSyncClient marketSyncClient() {
        var settings = io.cloudsync.hub.marketsync.MarketSyncSettings.from(harness.properties());
        return new io.cloudsync.hub.marketsync.MarketSyncClient(settings, settings.signer(),
                new io.cloudsync.hub.testing.JdkHttpTransport(), io.cloudsync.hub.model.CanonicalJson.mapper());
    }

    private static int combinationOf(int productId, String variationSku) {
        return harness.shop().data().combinations.all().stream()
                .filter(c -> c.productId() == productId && variationSku.equals(c.reference()))
                .mapToInt(c -> c.id()).findFirst().orElse(0);
    }

    /** A store product delivered to MarketSync, with combinations: its store id and SKU. */
    private static Map.Entry<Integer, String> anyDeliveredProduct() {
        return harness.shop().data().products.all().stream()
                .filter(p -> harness.marketSync().product(p.reference()).map(m -> m.variations().size() > 1)
                        .orElse(false))
                .map(p -> Map.entry(p.id(), p.reference())).findFirst().orElseThrow();
    }

    /** Lets a few more polls pass, so that a call that should not happen would have happened. */
    private static void settle() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> creates() {
        return harness.requestsSince(0).stream().filter(r -> r.verb().equals("POST") && r.path().equals("productos"))
                .filter(r -> r.status() == 200).flatMap(r -> r.skus().stream()).toList();
    }

    /** What differs between MarketSync and the expected catalogue (empty when they agree). */
    static List<String> mismatches(SyncHarness harness, Map<String, MappedProduct> expected) {
        return expected.values().stream().flatMap(mapped -> {
            Optional<Product> found = harness.marketSync().product(mapped.sku());
            if (found.isEmpty()) {
                return java.util.stream.Stream.of(mapped.sku() + " missing");
            }
            Product product = found.get();
            java.util.List<String> problems = new java.util.ArrayList<>();
            if (!product.columns().text(ProductColumn.NOMBRE).equals(mapped.product().nombre())) {
                problems.add(mapped.sku() + " nombre");
            }
            for (VariationColumns variation : mapped.variations()) {
                if (product.variation(variation.sku()).map(v -> v.stock() != variation.stock()).orElse(true)) {
                    problems.add(variation.sku() + " stock");
                }
            }
            if (product.variations().size() != mapped.variations().size()) {
                problems.add(mapped.sku() + " variations");
            }
            for (MarketPrice price : mapped.prices()) {
                var listing = product.listing((int) price.marketId());
                if (!listing.priced() || Money.toDecimal(listing.precio()).compareTo(price.precio()) != 0
                        || Money.toDecimal(listing.oferta()).compareTo(price.oferta()) != 0) {
                    problems.add(mapped.sku() + " price on " + price.marketId());
                }
            }
            return problems.stream();
        }).collect(Collectors.toList());
    }
}

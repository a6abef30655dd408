package io.cloudsync.hub.marketsync.mapping;

import static io.cloudsync.hub.marketsync.mapping.ClothingShop.combination;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.mirror.ContentHash;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductDiffTest {

    private static MappedProduct map(ClothingShop.ProductBuilder product, Map<Long, Integer> stock) {
        return new MarketSyncMapper(ClothingShop.mapping(), ClothingShop.catalogue()).map(product.build(), stock);
    }

    private static MappedProduct map(ClothingShop.ProductBuilder product) {
        return map(product, ClothingShop.camisetaStock());
    }

    private static final MappedProduct ACCEPTED = map(ClothingShop.camiseta());

    /** What the ledger would hold after MarketSync accepted {@link #ACCEPTED}: the aspects' JSON. */
    private static AcceptedProduct fromLedger(MappedProduct accepted) {
        ProductAspects aspects = ProductAspects.of(accepted);
        return AcceptedProduct.fromAspects(aspects.product().json(),
                aspects.variations().values().stream().map(ProductAspects.Aspect::json).toList(),
                aspects.stock().values().stream().map(ProductAspects.Aspect::json).toList(),
                aspects.prices().values().stream().map(ProductAspects.Aspect::json).toList());
    }

    @Test
    void aProductNeverAcceptedMustBeCreatedWithAllItsVariationsStockAndPrices() {
        ProductDiff diff = ProductDiff.between(AcceptedProduct.none(), ACCEPTED);

        assertThat(diff.create()).isTrue();
        assertThat(diff.updatableColumns()).isEmpty();
        assertThat(diff.nonUpdatableColumns()).isEmpty();
        assertThat(diff.newVariations()).extracting(VariationColumns::sku).containsExactly("CAM-LINO-AZ-S",
                "CAM-LINO-AZ-M", "CAM-LINO-RO-L", "CAM-LINO-RO-XL");
        assertThat(diff.removedVariations()).isEmpty();
        assertThat(diff.stock()).containsExactly(Map.entry("CAM-LINO-AZ-S", 12), Map.entry("CAM-LINO-AZ-M", 0),
                Map.entry("CAM-LINO-RO-L", 5), Map.entry("CAM-LINO-RO-XL", 3));
        assertThat(diff.prices()).extracting(MarketPrice::marketId).containsExactly(1L, 4L, 6L);
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void theSameProductAgainChangesNothing() {
        assertThat(ProductDiff.between(AcceptedProduct.of(ACCEPTED), map(ClothingShop.camiseta())).isEmpty()).isTrue();
        assertThat(ProductDiff.between(fromLedger(ACCEPTED), map(ClothingShop.camiseta())).isEmpty())
                .as("read back from the ledger's JSON").isTrue();
    }

    @Test
    void onlyTheUpdatableColumnsThatChangedAreReturned() {
        MappedProduct renamed = map(ClothingShop.camiseta().with(b -> {
            b.name = "Camiseta de lino para dama";
            b.dimensions = new io.cloudsync.hub.model.Product.Dimensions(new BigDecimal("0.25"), new BigDecimal("31"),
                    new BigDecimal("2.5"), new BigDecimal("40"));
        }));

        ProductDiff diff = ProductDiff.between(fromLedger(ACCEPTED), renamed);

        assertThat(diff.create()).isFalse();
        assertThat(diff.updatableColumns()).containsExactly(Map.entry("nombre", "Camiseta de lino para dama"),
                Map.entry("ancho", 31), Map.entry("pancho", 33));
        assertThat(diff.updatableColumns().keySet()).allMatch(MarketSyncColumns.UPDATABLE::contains);
        assertThat(diff.nonUpdatableColumns()).isEmpty();
        assertThat(diff.changedVariations()).isEmpty();
        assertThat(diff.stock()).isEmpty();
        assertThat(diff.prices()).isEmpty();
    }

    @Test
    void aChangedCategoryIsFlaggedAsAColumnMarketSyncCannotFollow() {
        MappedProduct moved = map(ClothingShop.camiseta().with(b -> {
            b.defaultCategoryId = ClothingShop.STORE_BOLSOS;
            b.categoryIds = List.of(ClothingShop.STORE_BOLSOS);
        }));

        ProductDiff diff = ProductDiff.between(fromLedger(ACCEPTED), moved);

        assertThat(diff.nonUpdatableColumns()).containsExactly(Map.entry("categoria_id", ClothingShop.BOLSOS));
        assertThat(diff.updatableColumns()).containsOnlyKeys("atributos");   // BOLSOS has only BRAND
    }

    @Test
    void aChangedAttributeSendsTheWholeAttributeList() {
        MappedProduct newBrand = map(ClothingShop.camiseta().with(b -> b.manufacturer = "Telar del Sur"));

        ProductDiff diff = ProductDiff.between(fromLedger(ACCEPTED), newBrand);

        assertThat(diff.updatableColumns()).containsOnlyKeys("marca", "atributos");
        assertThat(diff.updatableColumns().get("atributos")).asList().hasSize(6)
                .contains(Map.of("atributo_id", "BRAND", "valor", "Telar del Sur"));
    }

    @Test
    void valuesCompareLenientlyAndAttributeOrderDoesNotMatter() {
        Map<String, Object> stored = new LinkedHashMap<>(ACCEPTED.product().asMap());
        stored.put("alto", "3");                       // MarketSync's GET answers numbers as strings
        stored.put("categoria_id", "16431.00");
        stored.put("nombre_modelo", null);            // empty and absent are the same
        List<?> attributes = (List<?>) stored.get("atributos");
        stored.put("atributos", List.of(attributes.get(5), attributes.get(4), attributes.get(3), attributes.get(2),
                attributes.get(1), attributes.get(0)));
        AcceptedProduct accepted = Records.with(AcceptedProduct.of(ACCEPTED), "columns", stored);

        assertThat(ProductDiff.between(accepted, map(ClothingShop.camiseta())).isEmpty()).isTrue();
    }

    @Test
    void newRemovedAndChangedVariationsAreToldApart() {
        MappedProduct changed = map(ClothingShop.camiseta().with(b -> {
            b.variations.remove(3);                                      // XL no longer sold
            b.variations.set(2, combination(103, "CAM-LINO-RO-L", "7501031311323", false, "Burdeos", "L",
                    List.of("https://tienda.example.mx/201-large_default/camiseta-lino-roja.jpg",
                            "https://tienda.example.mx/202-large_default/camiseta-lino-roja.jpg")));
            b.variations.add(combination(105, "CAM-LINO-AZ-L", "7501031311347", false, "Azul marino", "L", List.of()));
        }), Map.of(101L, 12, 102L, 0, 103L, 5, 105L, 9));

        ProductDiff diff = ProductDiff.between(fromLedger(ACCEPTED), changed);

        assertThat(diff.newVariations()).extracting(VariationColumns::sku).containsExactly("CAM-LINO-AZ-L");
        assertThat(diff.removedVariations()).containsExactly("CAM-LINO-RO-XL");
        assertThat(diff.changedVariations()).singleElement().satisfies(change -> {
            assertThat(change.sku()).isEqualTo("CAM-LINO-RO-L");
            assertThat(change.changedColumns()).containsOnlyKeys("color", "atributos");
            assertThat(change.changedColumns()).containsEntry("color", "Burdeos");
            assertThat(change.variation().base()).isEqualTo("ROJO");
        });
        assertThat(diff.stock()).containsExactly(Map.entry("CAM-LINO-AZ-L", 9));
        assertThat(diff.updatableColumns()).isEmpty();
    }

    @Test
    void stockChangesArePerVariationSkuAndDoNotTouchTheVariations() {
        MappedProduct restocked = map(ClothingShop.camiseta(), Map.of(101L, 12, 102L, 20, 103L, 5, 104L, 0));

        ProductDiff diff = ProductDiff.between(fromLedger(ACCEPTED), restocked);

        assertThat(diff.stock()).containsExactly(Map.entry("CAM-LINO-AZ-M", 20), Map.entry("CAM-LINO-RO-XL", 0));
        assertThat(diff.changedVariations()).isEmpty();
        assertThat(diff.updatableColumns()).isEmpty();
    }

    @Test
    void priceChangesArePerMarket() {
        MappedProduct onSale = map(ClothingShop.camiseta().with(b -> b.prices = ClothingShop.prices("499.00", "449.10")));

        ProductDiff diff = ProductDiff.between(fromLedger(ACCEPTED), onSale);

        assertThat(diff.prices()).containsExactly(
                new MarketPrice(1, new BigDecimal("499.00"), new BigDecimal("449.10")),
                new MarketPrice(4, new BigDecimal("573.99"), new BigDecimal("516.99")),
                new MarketPrice(6, new BigDecimal("499.00"), new BigDecimal("449.10")));
        assertThat(diff.updatableColumns()).isEmpty();
    }

    @Test
    void pricesStoredAsStringsWithFourDecimalsCompareByValue() {
        AcceptedProduct accepted = AcceptedProduct.fromAspects(ProductAspects.of(ACCEPTED).product().json(), List.of(),
                List.of(), List.of("{\"market_id\":\"1\",\"precio\":\"499.0000\",\"oferta\":\"399.2000\"}"));

        assertThat(ProductDiff.between(accepted, ACCEPTED).prices()).extracting(MarketPrice::marketId)
                .containsExactly(4L, 6L);
    }

    @Test
    void eachAspectHasItsOwnHashSoAStockChangeLeavesTheOthersAlone() {
        ProductAspects before = ProductAspects.of(ACCEPTED);
        ProductAspects after = ProductAspects.of(map(ClothingShop.camiseta(), Map.of(101L, 11, 102L, 0, 103L, 5, 104L, 3)));

        assertThat(after.product()).isEqualTo(before.product());
        assertThat(after.variations()).isEqualTo(before.variations());
        assertThat(after.prices()).isEqualTo(before.prices());
        assertThat(after.stock().get("CAM-LINO-AZ-S")).isNotEqualTo(before.stock().get("CAM-LINO-AZ-S"));
        assertThat(after.stock().get("CAM-LINO-AZ-M")).isEqualTo(before.stock().get("CAM-LINO-AZ-M"));
        assertThat(before.variations().get("CAM-LINO-AZ-S").json()).doesNotContain("\"stock\"");
    }

    @Test
    void hashesAreTheContentHashOfNormalisedJsonWhateverTheKeyOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("precio", new BigDecimal("599.00"));
        one.put("market_id", 6L);
        one.put("oferta", new BigDecimal("549.90"));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("oferta", new BigDecimal("549.9"));
        other.put("market_id", 6);
        other.put("precio", new BigDecimal("599"));

        ProductAspects.Aspect aspect = ProductAspects.Aspect.of(one);

        assertThat(aspect.json()).isEqualTo("{\"market_id\":6,\"oferta\":549.9,\"precio\":599}");
        assertThat(aspect.hash()).isEqualTo(ContentHash.of(aspect.json()))
                .isEqualTo("9e814e6168fbf72157a931d50bb9fad8644deffabbc009ab8691103bbe92e2e9");
        assertThat(ProductAspects.Aspect.of(other)).isEqualTo(aspect);
    }

    @Test
    void nestedObjectsAreSortedToo() {
        assertThat(NormalisedJson.of(Map.of("b", List.of(Map.of("z", 1, "a", "x")), "a", "ñ")))
                .isEqualTo("{\"a\":\"ñ\",\"b\":[{\"a\":\"x\",\"z\":1}]}");
    }

    /** Pinned on purpose: a change here changes every product's hash, so every product would be sent again. */
    @Test
    void theProductHashIsStableAcrossRuns() {
        assertThat(ProductAspects.of(map(ClothingShop.camiseta())).product().hash())
                .isEqualTo(ProductAspects.of(ACCEPTED).product().hash())
                .isEqualTo("8e3c48eb8571ba76ff52f5e8be9e8b2469955a58af765e0fa9da9311cda2647d");
    }
}

package io.cloudsync.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Normalises the real payloads of a live PrestaShop 1.7.8 demo shop (fixtures) into the canonical product. */
class ProductNormaliserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProductNormaliser normaliser = new ProductNormaliser(1,
            new ImageUrls("https://shop.example", "large_default", true));
    private final StoreCatalogue catalogue = new StoreCatalogue(
            Map.of(1L, new StoreCatalogue.OptionGroup(1, "Size", false),
                    2L, new StoreCatalogue.OptionGroup(2, "Color", true)),
            Map.of(1L, new StoreCatalogue.OptionValue(1, 1, "S"), 8L, new StoreCatalogue.OptionValue(8, 2, "White")),
            Map.of(4L, "Men"), Map.of(1L, "Composition", 2L, "Property"),
            Map.of(4L, "Cotton", 8L, "Short sleeves"));

    @Test
    void theFixtureProductAndItsCombinationBecomeTheCanonicalProduct() throws IOException {
        ObjectNode product = (ObjectNode) fixture("product.single-lang.airbyte.json");
        product.put(ProductNormaliser.LIST_PRICE, "28.918000");
        product.put(ProductNormaliser.FINAL_PRICE, "23.134400");
        ObjectNode combination = (ObjectNode) fixture("combination.airbyte.json");
        combination.put(ProductNormaliser.LIST_PRICE, "28.918000");
        combination.put(ProductNormaliser.FINAL_PRICE, "23.134400");

        Product canonical = normaliser.normalise(product, List.of(combination), catalogue);

        assertThat(canonical.id()).isEqualTo(1);
        assertThat(canonical.reference()).isEqualTo("demo_1");
        assertThat(canonical.name()).isEqualTo("Hummingbird printed t-shirt");
        assertThat(canonical.manufacturer()).isEqualTo("Studio Design");
        assertThat(canonical.defaultCategoryId()).isEqualTo(4);
        assertThat(canonical.defaultCategoryName()).isEqualTo("Men");
        assertThat(canonical.categoryIds()).containsExactly(2L, 3L, 4L);
        assertThat(canonical.dimensions().weightKg()).isEqualByComparingTo("0.3");
        assertThat(canonical.imageUrls()).containsExactly(
                "https://shop.example/1-large_default/hummingbird-printed-t-shirt.jpg",
                "https://shop.example/2-large_default/hummingbird-printed-t-shirt.jpg");
        assertThat(canonical.features()).containsExactly(new Product.Feature("Composition", "Cotton"),
                new Product.Feature("Property", "Short sleeves"));
        assertThat(canonical.dateAdd()).isEqualTo(LocalDateTime.parse("2022-05-17T17:50:34"));
        Variation variation = canonical.variations().get(0);
        assertThat(variation.combinationId()).isEqualTo(1);
        assertThat(variation.isDefault()).isTrue();
        assertThat(variation.reference()).isEqualTo("demo_1");
        assertThat(variation.size()).contains("S");
        assertThat(variation.colour()).contains("White");
        assertThat(variation.imageUrls()).containsExactly(
                "https://shop.example/2-large_default/hummingbird-printed-t-shirt.jpg");
        assertThat(variation.prices().taxExcluded()).isEqualByComparingTo("23.90");
        assertThat(variation.prices().listPrice()).isEqualByComparingTo("28.92");
        assertThat(variation.prices().finalPrice()).isEqualByComparingTo("23.13");
        assertThat(canonical.prices()).as("priced like its default combination").isEqualTo(variation.prices());
    }

    @Test
    void aProductWithoutCombinationsHasOneVariationOfItsOwn() throws IOException {
        ObjectNode product = (ObjectNode) fixture("product.single-lang.airbyte.json");
        product.put(ProductNormaliser.LIST_PRICE, "28.92");

        Product canonical = normaliser.normalise(product, List.of(), catalogue);

        assertThat(canonical.variations()).hasSize(1);
        Variation own = canonical.variations().get(0);
        assertThat(own.combinationId()).isZero();
        assertThat(own.reference()).isEqualTo("demo_1");
        assertThat(own.attributes()).isEmpty();
        assertThat(own.prices().listPrice()).isEqualByComparingTo("28.92");
        assertThat(own.prices().finalPrice()).as("no reduction alias: the list price").isEqualByComparingTo("28.92");
        assertThat(canonical.hasCombinations()).isFalse();
    }

    @Test
    void theCostPriceIsTheCombinationsOwnElseTheProductsAndNoneWhenZero() throws IOException {
        ObjectNode product = (ObjectNode) fixture("product.single-lang.airbyte.json");
        ObjectNode own = (ObjectNode) fixture("combination.airbyte.json");
        ObjectNode inherits = own.deepCopy().put("id", 2).put("reference", "demo_1-2");
        own.put("wholesale_price", "7.123000");

        List<Variation> none = normaliser.normalise(product, List.of(inherits), catalogue).variations();
        product.put("wholesale_price", "5.000000");
        List<Variation> costed = normaliser.normalise(product, List.of(own, inherits), catalogue).variations();
        Variation single = normaliser.normalise(product, List.of(), catalogue).variations().get(0);

        assertThat(none.get(0).wholesalePrice()).as("zero everywhere: the store has none").isNull();
        assertThat(costed).extracting(Variation::wholesalePrice).containsExactly(new BigDecimal("7.12"),
                new BigDecimal("5.00"));
        assertThat(single.wholesalePrice()).isEqualByComparingTo("5.00");
    }

    @Test
    void multiLanguageFieldsGiveTheAskedLanguage() throws IOException {
        JsonNode product = fixture("product.multi-lang.devdocs.json").path("product");

        Product french = new ProductNormaliser(2, new ImageUrls("https://shop.example", "", false))
                .normalise(product, List.of(), StoreCatalogue.empty());

        assertThat(french.name()).isEqualTo("Mug personnalisable");
        assertThat(french.description()).startsWith("<p><span");
        assertThat(french.prices().listPrice()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = ProductNormaliserTest.class.getResourceAsStream("/sandbox/fixtures/prestashop/" + name)) {
            return JSON.readTree(in);
        }
    }
}

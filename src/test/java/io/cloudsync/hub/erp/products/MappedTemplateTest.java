package io.cloudsync.hub.erp.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappedTemplateTest {

    @Test
    void aProductIsATemplateWithAVariantPerVariationPricedWithoutTax() {
        MappedTemplate template = StoreProducts.mapped(StoreProducts.tshirt());

        assertThat(template.storeId()).isEqualTo("12");
        assertThat(template.name()).isEqualTo("T-shirt");
        assertThat(template.listPrice()).isEqualByComparingTo("16.53");
        assertThat(template.active()).isTrue();
        assertThat(template.variants()).containsExactly(new MappedVariant("TS-S", new BigDecimal("4.20")),
                new MappedVariant("TS-M", null));
        assertThat(template.problems()).isEmpty();
        assertThat(template.codes()).containsExactly("TS-S", "TS-M", "TS");
    }

    @Test
    void aProductWithoutCombinationsIsOneVariantCarryingItsReference() {
        MappedTemplate template = StoreProducts.mapped(StoreProducts.mug());

        assertThat(template.variants()).containsExactly(new MappedVariant("MUG", new BigDecimal("3.10")));
        assertThat(template.codes()).containsExactly("MUG");
    }

    @Test
    void aVariationWithoutSkuOrWithARepeatedOneIsAProblemAndTheOthersGoOn() {
        MappedTemplate template = StoreProducts.mapped(StoreProducts.tshirt(true,
                StoreProducts.size(1, "TS-S", "S", null), StoreProducts.size(2, "", "M", null),
                StoreProducts.size(3, "TS-S", "L", null)));

        assertThat(template.skus()).containsExactly("TS-S");
        assertThat(template.problems()).containsExactly(
                "combination 2 (M) has no SKU (reference): Tryton knows a variant by its code",
                "combination 3 (L) repeats SKU TS-S of another variation");
    }

    @Test
    void aProductWithoutCombinationsAndWithoutReferenceIsNamedAsTheProduct() {
        MappedTemplate template = StoreProducts.mapped(StoreProducts.product(5, "", "Nameless", true, "1.00",
                List.of(new Variation(0, "", "", true, List.of(), StoreProducts.prices("1.00"), List.of()))));

        assertThat(template.variants()).isEmpty();
        assertThat(template.problems()).singleElement().asString().startsWith("the product has no SKU");
    }
}

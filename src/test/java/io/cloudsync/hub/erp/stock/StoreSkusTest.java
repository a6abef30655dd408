package io.cloudsync.hub.erp.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreSkusTest {

    @Test
    void aProductWithoutCombinationsIsItsReference() {
        assertThat(StoreSkus.of(product(7, "MUG", new Variation(0, "MUG", "", true, List.of(), null, List.of()))))
                .containsExactly(new StoreSkus.Sku("MUG", 7, 0));
    }

    @Test
    void aCombinationIsItsOwnReferenceOrTheProductsWithItsId() {
        Product shirt = product(8, "TS", new Variation(81, "TS-S", "", true, List.of(), null, List.of()),
                new Variation(82, "", "", false, List.of(), null, List.of()));

        assertThat(StoreSkus.of(shirt)).containsExactly(new StoreSkus.Sku("TS-S", 8, 81),
                new StoreSkus.Sku("TS-82", 8, 82));
    }

    @Test
    void aLineWithoutAnySkuIsLeftOut() {
        assertThat(StoreSkus.of(product(9, "", new Variation(91, "", "", true, List.of(), null, List.of()),
                new Variation(0, "", "", false, List.of(), null, List.of())))).isEmpty();
    }

    static Product product(long id, String reference, Variation... variations) {
        return new Product(id, reference, true, "Product " + id, "", "", "", "", 2, "Home", List.of(2L), "", "",
                null, null, List.of(), List.of(), List.of(variations), null);
    }
}

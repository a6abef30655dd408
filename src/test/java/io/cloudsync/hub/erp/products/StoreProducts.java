package io.cloudsync.hub.erp.products;

import io.cloudsync.hub.model.Prices;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Canonical store products for the planner's tests: a t-shirt in two sizes and a mug without combinations. */
final class StoreProducts {

    private StoreProducts() {
    }

    static Product tshirt(boolean active, Variation... variations) {
        return product(12, "TS", "T-shirt", active, "16.53", List.of(variations));
    }

    static Product tshirt() {
        return tshirt(true, size(1, "TS-S", "S", "4.20"), size(2, "TS-M", "M", null));
    }

    static Product mug() {
        return product(30, "MUG", "Blue mug", true, "10.33",
                List.of(new Variation(0, "MUG", "", true, List.of(), prices("10.33"), List.of(), new BigDecimal("3.10"))));
    }

    static Variation size(long combination, String sku, String size, String cost) {
        return new Variation(combination, sku, "", combination == 1, List.of(new Variation.Attribute("Size", size,
                false)), prices("16.53"), List.of(), cost == null ? null : new BigDecimal(cost));
    }

    static Product product(long id, String reference, String name, boolean active, String taxExcluded,
                           List<Variation> variations) {
        return new Product(id, reference, active, name, "", "", "", "", 2, "Home", List.of(2L), "", "",
                new Product.Dimensions(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                prices(taxExcluded), List.of(), List.of(), new ArrayList<>(variations), null);
    }

    static Prices prices(String taxExcluded) {
        BigDecimal price = new BigDecimal(taxExcluded);
        return new Prices(price, price.multiply(new BigDecimal("1.21")), price.multiply(new BigDecimal("1.21")));
    }

    static MappedTemplate mapped(Product product) {
        return MappedTemplate.of(Long.toString(product.id()), product);
    }
}

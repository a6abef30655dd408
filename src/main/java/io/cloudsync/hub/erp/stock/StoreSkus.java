package io.cloudsync.hub.erp.stock;

import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.util.ArrayList;
import java.util.List;

/**
 * The seller SKUs of a store product, made as the MarketSync mapping and the ERP's products make them: a product
 * without combinations is its reference; a combination is its own reference, or {@code <product reference>-<id>}
 * when it has none. A line with no SKU at all is left out: nothing outside the store knows it.
 */
public final class StoreSkus {

    private StoreSkus() {
    }

    /** The (variation, SKU) pairs of a product, in its order. */
    public static List<Sku> of(Product product) {
        List<Sku> skus = new ArrayList<>();
        for (Variation variation : product.variations()) {
            String sku = sku(product, variation);
            if (!sku.isEmpty()) {
                skus.add(new Sku(sku, product.id(), variation.combinationId()));
            }
        }
        return skus;
    }

    static String sku(Product product, Variation variation) {
        if (variation.combinationId() == 0) {
            return product.reference();
        }
        if (!variation.reference().isEmpty()) {
            return variation.reference();
        }
        return product.reference().isEmpty() ? "" : product.reference() + "-" + variation.combinationId();
    }

    /** A SKU and the store stock line it names. */
    public record Sku(String sku, long productId, long combinationId) {
    }
}

package io.cloudsync.hub.sandbox.store.model;

import java.util.Map;

/**
 * A product combination ({@code ps_product_attribute}). It has no timestamp at all, and changing it does not touch
 * the product's {@code date_upd}.
 *
 * @param priceImpactMicros the tax-excluded difference to the product price (PrestaShop calls it {@code price})
 * @param staleQuantity     the deprecated {@code quantity}, set once
 */
public record Combination(int id, int productId, String reference, String ean13, long priceImpactMicros,
                          long weightImpactMicros, long wholesalePriceMicros, int staleQuantity, int minimalQuantity,
                          boolean defaultOn, int[] optionValueIds, int[] imageIds, Map<String, String> extra) {

    public Combination {
        extra = extra.isEmpty() ? Map.of() : Map.copyOf(extra);
    }

    public Combination withPriceImpact(long micros) {
        return new Combination(id, productId, reference, ean13, micros, weightImpactMicros, wholesalePriceMicros,
                staleQuantity, minimalQuantity, defaultOn, optionValueIds, imageIds, extra);
    }

    public Combination withReference(String value) {
        return new Combination(id, productId, value, ean13, priceImpactMicros, weightImpactMicros, wholesalePriceMicros,
                staleQuantity, minimalQuantity, defaultOn, optionValueIds, imageIds, extra);
    }

    public Combination withEan13(String value) {
        return new Combination(id, productId, reference, value, priceImpactMicros, weightImpactMicros,
                wholesalePriceMicros, staleQuantity, minimalQuantity, defaultOn, optionValueIds, imageIds, extra);
    }

    public Combination withWeightImpact(long micros) {
        return new Combination(id, productId, reference, ean13, priceImpactMicros, micros, wholesalePriceMicros,
                staleQuantity, minimalQuantity, defaultOn, optionValueIds, imageIds, extra);
    }

    public Combination withWholesalePrice(long micros) {
        return new Combination(id, productId, reference, ean13, priceImpactMicros, weightImpactMicros, micros,
                staleQuantity, minimalQuantity, defaultOn, optionValueIds, imageIds, extra);
    }

    public Combination withMinimalQuantity(int value) {
        return new Combination(id, productId, reference, ean13, priceImpactMicros, weightImpactMicros,
                wholesalePriceMicros, staleQuantity, value, defaultOn, optionValueIds, imageIds, extra);
    }

    public Combination withDefaultOn(boolean value) {
        return new Combination(id, productId, reference, ean13, priceImpactMicros, weightImpactMicros,
                wholesalePriceMicros, staleQuantity, minimalQuantity, value, optionValueIds, imageIds, extra);
    }

    public Combination withOptionValues(int[] ids) {
        return new Combination(id, productId, reference, ean13, priceImpactMicros, weightImpactMicros,
                wholesalePriceMicros, staleQuantity, minimalQuantity, defaultOn, ids, imageIds, extra);
    }

    public Combination withImages(int[] ids) {
        return new Combination(id, productId, reference, ean13, priceImpactMicros, weightImpactMicros,
                wholesalePriceMicros, staleQuantity, minimalQuantity, defaultOn, optionValueIds, ids, extra);
    }

    public Combination withExtra(Map<String, String> values) {
        return new Combination(id, productId, reference, ean13, priceImpactMicros, weightImpactMicros,
                wholesalePriceMicros, staleQuantity, minimalQuantity, defaultOn, optionValueIds, imageIds, values);
    }
}

package io.cloudsync.hub.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A store product in the hub's canonical form: one language (the one sent to the channels), prices already
 * computed by the store (tax included, with and without specific prices), public image URLs, and at least one
 * {@link Variation} (a product without combinations has one, with combination id 0 and the product's
 * reference). Stock is not part of it: it lives in the stock snapshot, so a stock change never looks like a
 * product change. {@code dateUpd} is left out on purpose: the store's body date is unreliable (it can be
 * older than the row's filter date) and an edit that changes nothing must not make a change.
 *
 * @param reference   the store's reference: the SKU channels know the product by
 * @param description the long description, HTML as the store keeps it
 * @param summary     the short description, HTML
 * @param dateAdd     creation time, shop-local
 */
public record Product(
        long id,
        String reference,
        boolean active,
        String name,
        String description,
        String summary,
        String metaKeywords,
        String manufacturer,
        long defaultCategoryId,
        String defaultCategoryName,
        List<Long> categoryIds,
        String ean13,
        String mpn,
        Dimensions dimensions,
        Prices prices,
        List<String> imageUrls,
        List<Feature> features,
        List<Variation> variations,
        LocalDateTime dateAdd) {

    public Product {
        reference = reference == null ? "" : reference.trim();
        categoryIds = List.copyOf(categoryIds);
        imageUrls = List.copyOf(imageUrls);
        features = List.copyOf(features);
        variations = List.copyOf(variations);
    }

    /** The variation the store shows by default (its price is the product's price), or the first one. */
    public Variation defaultVariation() {
        return variations.stream().filter(Variation::isDefault).findFirst()
                .orElse(variations.isEmpty() ? null : variations.get(0));
    }

    public boolean hasCombinations() {
        return variations.stream().anyMatch(v -> v.combinationId() != 0);
    }

    /** Weight in kilograms and sizes in centimetres, as the store keeps them (zero when unknown). */
    public record Dimensions(BigDecimal weightKg, BigDecimal widthCm, BigDecimal heightCm, BigDecimal depthCm) {
    }

    /** A feature shown on the product page ("Composición": "Algodón"). */
    public record Feature(String name, String value) {
    }
}

package io.cloudsync.hub.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One sellable variant of a product: a store combination, or the product itself (combination id 0) when it
 * has none.
 *
 * @param reference  the variant's own reference (seller SKU); for a product without combinations, the product's
 * @param attributes the option values that make the variant (colour, size…), in the channel language
 * @param imageUrls  public URLs of the variant's own images (empty: use the product's)
 * @param wholesalePrice the store's cost price of the variant (PrestaShop {@code wholesale_price}: the
 *                   combination's, else the product's), without tax; null when the store has none (zero)
 */
public record Variation(
        long combinationId,
        String reference,
        String ean13,
        boolean isDefault,
        List<Attribute> attributes,
        Prices prices,
        List<String> imageUrls,
        BigDecimal wholesalePrice) {

    public Variation {
        reference = reference == null ? "" : reference.trim();
        attributes = List.copyOf(attributes);
        imageUrls = List.copyOf(imageUrls);
        wholesalePrice = wholesalePrice == null || wholesalePrice.signum() <= 0 ? null
                : wholesalePrice.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A variation whose cost price the store does not know. */
    public Variation(long combinationId, String reference, String ean13, boolean isDefault, List<Attribute> attributes,
                     Prices prices, List<String> imageUrls) {
        this(combinationId, reference, ean13, isDefault, attributes, prices, imageUrls, null);
    }

    /** The colour option value, if the variant has one. */
    public Optional<String> colour() {
        return attributes.stream().filter(Attribute::colour).map(Attribute::value).findFirst();
    }

    /** The first non-colour option value (the size in a clothing shop), if any. */
    public Optional<String> size() {
        return attributes.stream().filter(a -> !a.colour()).map(Attribute::value).findFirst();
    }

    /**
     * An option value of a variant.
     *
     * @param group  the attribute group's public name ("Color", "Talla")
     * @param colour whether the group is the store's colour group
     */
    public record Attribute(String group, String value, boolean colour) {
    }
}

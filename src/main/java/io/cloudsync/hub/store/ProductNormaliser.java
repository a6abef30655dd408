package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.Prices;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a store product (as {@code display=full} returns it) and its combinations into the canonical
 * {@link Product}. Prices come from the computed-price aliases the reader asks for ({@link #LIST_PRICE},
 * {@link #FINAL_PRICE}), so tax rules and specific prices are the store's own arithmetic. A product with
 * combinations is priced like its default combination, as the shop shows it.
 */
public final class ProductNormaliser {

    /** Alias of the computed price with tax and without specific prices. */
    public static final String LIST_PRICE = "hub_list_price";
    /** Alias of the computed price with tax and with specific prices. */
    public static final String FINAL_PRICE = "hub_final_price";

    private final int languageId;
    private final ImageUrls imageUrls;

    public ProductNormaliser(int languageId, ImageUrls imageUrls) {
        this.languageId = languageId;
        this.imageUrls = imageUrls;
    }

    public Product normalise(JsonNode product, List<JsonNode> combinations, StoreCatalogue catalogue) {
        long id = Lenient.integer(product.path("id"), -1);
        String reference = Lenient.text(product.path("reference"), languageId);
        String linkRewrite = Lenient.text(product.path("link_rewrite"), languageId);
        JsonNode associations = product.path("associations");
        Prices ownPrices = prices(product, Lenient.decimalOrZero(product.path("price")));
        BigDecimal ownCost = Lenient.decimalOrZero(product.path("wholesale_price"));
        List<Variation> variations = new ArrayList<>();
        long defaultCombination = Lenient.integer(product.path("id_default_combination"),
                Lenient.integer(product.path("cache_default_attribute"), 0));
        List<JsonNode> sorted = new ArrayList<>(combinations);
        sorted.sort(Comparator.comparingLong(c -> Lenient.integer(c.path("id"), 0)));
        for (JsonNode combination : sorted) {
            variations.add(variation(combination, ownPrices, ownCost, defaultCombination, linkRewrite, catalogue));
        }
        if (variations.stream().noneMatch(Variation::isDefault) && !variations.isEmpty()) {
            Variation first = variations.remove(0);
            variations.add(0, new Variation(first.combinationId(), first.reference(), first.ean13(), true,
                    first.attributes(), first.prices(), first.imageUrls(), first.wholesalePrice()));
        }
        if (variations.isEmpty()) {
            variations.add(new Variation(0, reference, Lenient.text(product.path("ean13"), languageId), true,
                    List.of(), ownPrices, List.of(), ownCost));
        }
        Prices shown = variations.stream().filter(Variation::isDefault).findFirst().map(Variation::prices)
                .orElse(ownPrices);
        long defaultCategory = Lenient.integer(product.path("id_category_default"), 0);
        return new Product(id, reference, Lenient.bool(product.path("active")),
                Lenient.text(product.path("name"), languageId),
                Lenient.text(product.path("description"), languageId),
                Lenient.text(product.path("description_short"), languageId),
                Lenient.text(product.path("meta_keywords"), languageId),
                Lenient.text(product.path("manufacturer_name"), languageId),
                defaultCategory,
                catalogue.categories().getOrDefault(defaultCategory, ""),
                Lenient.ids(associations, "categories"),
                Lenient.text(product.path("ean13"), languageId),
                Lenient.text(product.path("mpn"), languageId),
                new Product.Dimensions(Lenient.decimalOrZero(product.path("weight")),
                        Lenient.decimalOrZero(product.path("width")), Lenient.decimalOrZero(product.path("height")),
                        Lenient.decimalOrZero(product.path("depth"))),
                shown,
                images(associations, linkRewrite),
                features(associations, catalogue),
                variations,
                Lenient.dateTime(product.path("date_add")).orElse(null));
    }

    private Variation variation(JsonNode combination, Prices productPrices, BigDecimal productCost,
                                long defaultCombination, String linkRewrite, StoreCatalogue catalogue) {
        long id = Lenient.integer(combination.path("id"), 0);
        BigDecimal taxExcluded = productPrices.taxExcluded().add(Lenient.decimalOrZero(combination.path("price")));
        List<Variation.Attribute> attributes = new ArrayList<>();
        for (long valueId : Lenient.ids(combination.path("associations"), "product_option_values")) {
            catalogue.optionValue(valueId).ifPresent(value -> {
                Optional<StoreCatalogue.OptionGroup> group = catalogue.optionGroup(value.groupId());
                attributes.add(new Variation.Attribute(group.map(StoreCatalogue.OptionGroup::name).orElse(""),
                        value.name(), group.map(StoreCatalogue.OptionGroup::colour).orElse(false)));
            });
        }
        boolean isDefault = defaultCombination > 0 ? id == defaultCombination
                : Lenient.bool(combination.path("default_on"));
        return new Variation(id, Lenient.text(combination.path("reference"), languageId),
                Lenient.text(combination.path("ean13"), languageId), isDefault, attributes,
                prices(combination, taxExcluded), images(combination.path("associations"), linkRewrite),
                costOf(combination, productCost));
    }

    /** A combination's own cost price; zero in PrestaShop means it has none, and the product's applies. */
    private static BigDecimal costOf(JsonNode combination, BigDecimal productCost) {
        BigDecimal own = Lenient.decimalOrZero(combination.path("wholesale_price"));
        return own.signum() > 0 ? own : productCost;
    }

    /** The computed aliases when the store sent them; the tax-excluded price otherwise (never invented tax). */
    private static Prices prices(JsonNode record, BigDecimal taxExcluded) {
        BigDecimal list = Lenient.decimal(record.path(LIST_PRICE)).orElse(taxExcluded);
        BigDecimal fin = Lenient.decimal(record.path(FINAL_PRICE)).orElse(list);
        return new Prices(taxExcluded, list, fin);
    }

    private List<String> images(JsonNode associations, String linkRewrite) {
        List<String> urls = new ArrayList<>();
        for (long imageId : Lenient.ids(associations, "images")) {
            String url = imageUrls.of(imageId, linkRewrite);
            if (!urls.contains(url)) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static List<Product.Feature> features(JsonNode associations, StoreCatalogue catalogue) {
        List<Product.Feature> features = new ArrayList<>();
        for (JsonNode entry : associations.path("product_features")) {
            long featureId = Lenient.integer(entry.path("id"), -1);
            long valueId = Lenient.integer(entry.path("id_feature_value"), -1);
            String name = catalogue.features().get(featureId);
            String value = catalogue.featureValues().get(valueId);
            if (name != null && value != null && !value.isBlank()) {
                features.add(new Product.Feature(name, value));
            }
        }
        return features;
    }
}

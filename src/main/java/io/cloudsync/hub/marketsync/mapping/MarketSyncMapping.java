package io.cloudsync.hub.marketsync.mapping;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import io.cloudsync.hub.model.Product;

/**
 * What an integrator decides about the MarketSync mapping (read from the mapping file by
 * {@link MarketSyncMappingLoader}): defaults, the category map, where each MarketSync attribute's value comes
 * from, the colour map, which attribute groups are sizes, a price rule per marketplace, and the products kept off
 * each marketplace.
 *
 * @param categories        store category id → MarketSync {@code categoria_id}
 * @param defaultCategoryId MarketSync category for store categories with no entry (the hub setting
 *                          {@code hub.marketsync.default-category-id}); {@code null}: such products are invalid
 * @param attributes        MarketSync attribute key ({@code BRAND}, {@code COLOR}…) → source of its value
 * @param colours           store colour name → MarketSync base colour; names compared ignoring case and accents
 * @param sizeGroups        attribute group names that are sizes; when none matches, the first non-colour group
 * @param markets           MarketSync market id → price rule; markets without one get the store's own prices
 * @param exclusions        MarketSync market id → the store products kept off that market (suspended there)
 * @param orderStatus       the status word each market knows for a store order that shipped, was delivered or was
 *                          cancelled (the defaults, with the file's {@code orders.status} section laid over them)
 */
public record MarketSyncMapping(
        Defaults defaults,
        Map<Long, Long> categories,
        Long defaultCategoryId,
        Map<String, AttributeSource> attributes,
        Map<String, String> colours,
        List<String> sizeGroups,
        Map<Long, PriceRule> markets,
        Map<Long, MarketExclusion> exclusions,
        OrderStatusWords orderStatus) {

    public static final List<String> LISTING_TYPES = List.of("bronze", "silver", "gold_pro", "gold_premium",
            "gold_special", "gold");

    public MarketSyncMapping {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        colours = normalisedColours(colours);
        sizeGroups = List.copyOf(sizeGroups);
        markets = Collections.unmodifiableMap(new TreeMap<>(markets));
        exclusions = Collections.unmodifiableMap(new TreeMap<>(exclusions));
        orderStatus = orderStatus == null ? OrderStatusWords.defaults() : orderStatus;
    }

    /** A mapping that keeps no product off any market, with the default order status words. */
    public MarketSyncMapping(Defaults defaults, Map<Long, Long> categories, Long defaultCategoryId,
                             Map<String, AttributeSource> attributes, Map<String, String> colours,
                             List<String> sizeGroups, Map<Long, PriceRule> markets) {
        this(defaults, categories, defaultCategoryId, attributes, colours, sizeGroups, markets, Map.of(),
                OrderStatusWords.defaults());
    }

    /** A mapping with these exclusions and the default order status words. */
    public MarketSyncMapping(Defaults defaults, Map<Long, Long> categories, Long defaultCategoryId,
                             Map<String, AttributeSource> attributes, Map<String, String> colours,
                             List<String> sizeGroups, Map<Long, PriceRule> markets,
                             Map<Long, MarketExclusion> exclusions) {
        this(defaults, categories, defaultCategoryId, attributes, colours, sizeGroups, markets, exclusions,
                OrderStatusWords.defaults());
    }

    /** A mapping that keeps no product off any market, with these order status words. */
    public MarketSyncMapping(Defaults defaults, Map<Long, Long> categories, Long defaultCategoryId,
                             Map<String, AttributeSource> attributes, Map<String, String> colours,
                             List<String> sizeGroups, Map<Long, PriceRule> markets, OrderStatusWords orderStatus) {
        this(defaults, categories, defaultCategoryId, attributes, colours, sizeGroups, markets, Map.of(), orderStatus);
    }

    /** No categories, attributes, colours or price rules: every default as documented. */
    public static MarketSyncMapping empty() {
        return new MarketSyncMapping(Defaults.standard(), Map.of(), null, Map.of(), Map.of(), List.of(), Map.of());
    }

    public Optional<Long> defaultCategory() {
        return Optional.ofNullable(defaultCategoryId);
    }

    public MarketSyncMapping withDefaultCategoryId(Long categoryId) {
        return new MarketSyncMapping(defaults, categories, categoryId, attributes, colours, sizeGroups, markets,
                exclusions, orderStatus);
    }

    /** The MarketSync markets the mapping keeps this store product off. */
    public Set<Long> excludedMarkets(Product product) {
        Set<Long> excluded = new TreeSet<>();
        exclusions.forEach((market, exclusion) -> {
            if (exclusion.excludes(product)) {
                excluded.add(market);
            }
        });
        return excluded;
    }

    /** The base colour the mapping assigns to a store colour name, if it names one. */
    public Optional<String> mappedBaseColour(String colourName) {
        return Optional.ofNullable(colours.get(TextKey.of(colourName)));
    }

    /** The source of a MarketSync attribute's value, matching its key regardless of case. */
    public Optional<AttributeSource> attributeSource(String attributeKey) {
        AttributeSource exact = attributes.get(attributeKey);
        if (exact != null) {
            return Optional.of(exact);
        }
        return attributes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(attributeKey))
                .map(Map.Entry::getValue).findFirst();
    }

    private static Map<String, String> normalisedColours(Map<String, String> colours) {
        Map<String, String> normalised = new LinkedHashMap<>();
        colours.forEach((name, base) -> {
            String key = TextKey.of(name);
            if (normalised.put(key, base.trim().toUpperCase(Locale.ROOT)) != null) {
                throw new IllegalArgumentException("colour '" + name + "' is mapped twice (names ignore case and accents)");
            }
        });
        return Collections.unmodifiableMap(normalised);
    }

    /**
     * Values used when the product says nothing.
     *
     * @param brand              {@code marca} when the product has no manufacturer; empty: such a product is invalid
     * @param baseColour         base colour when a colour is neither mapped nor itself a base colour
     * @param taxcode            SAT product code, empty for none
     * @param minimumDimensionCm smallest {@code alto}/{@code ancho}/{@code largo} (and package sizes); at least 1
     * @param minimumWeightKg    smallest {@code peso}/{@code ppeso}; at least 1
     */
    public record Defaults(
            String listingType,
            String warranty,
            int origin,
            int shippingDays,
            String brand,
            String baseColour,
            PackagePadding packagePadding,
            String taxcode,
            int minimumDimensionCm,
            int minimumWeightKg) {

        public Defaults {
            brand = brand == null ? "" : brand.trim();
            baseColour = baseColour == null ? "" : baseColour.trim().toUpperCase(Locale.ROOT);
            taxcode = taxcode == null ? "" : taxcode.trim();
            warranty = warranty == null ? "" : warranty.trim();
            if (minimumDimensionCm < 1 || minimumWeightKg < 1) {
                throw new IllegalArgumentException("minimum dimension and weight are at least 1");
            }
        }

        public static Defaults standard() {
            return new Defaults("gold_special", "Garantía de fábrica: 30 días", 484, 2, "", "MULTICOLOR",
                    PackagePadding.NONE, "", 1, 1);
        }
    }

    /** Added to the product's size and weight to give the package's ({@code palto}, {@code pancho}, {@code plargo}, {@code ppeso}). */
    public record PackagePadding(BigDecimal paddingCm, BigDecimal paddingKg) {

        public static final PackagePadding NONE = new PackagePadding(BigDecimal.ZERO, BigDecimal.ZERO);

        public PackagePadding {
            paddingCm = paddingCm == null ? BigDecimal.ZERO : paddingCm;
            paddingKg = paddingKg == null ? BigDecimal.ZERO : paddingKg;
            if (paddingCm.signum() < 0 || paddingKg.signum() < 0) {
                throw new IllegalArgumentException("package padding cannot be negative");
            }
        }
    }
}

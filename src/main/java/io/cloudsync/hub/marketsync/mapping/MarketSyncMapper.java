package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue.CategoryAttribute;
import io.cloudsync.hub.model.Prices;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Turns a canonical {@link Product} (plus its stock per combination) into MarketSync's product, variations and
 * prices per market, following the integrator's {@link MarketSyncMapping} and MarketSync's
 * {@link MarketSyncCatalogue}. Texts too long for their column are cut at a word boundary and each cut is
 * recorded; identifiers (SKUs, GTIN, model, image URLs) are never cut, so the validator rejects them instead.
 * Pure: the same inputs always give the same result.
 */
public final class MarketSyncMapper {

    private static final DateTimeFormatter DATE_CREATED = DateTimeFormatter.ofPattern(MarketSyncColumns.DATE_TIME_PATTERN);
    private static final Set<String> COLOUR_FEATURE_NAMES = Set.of("color", "colour", "colores", "colors");

    private final MarketSyncMapping mapping;
    private final MarketSyncCatalogue catalogue;
    private final Set<String> sizeGroupKeys;
    /** What repeats across products (group and feature names, colour names): looked up once per mapper. */
    private final Map<String, String> textKeys = new ConcurrentHashMap<>();
    private final Map<String, String> baseColours = new ConcurrentHashMap<>();

    public MarketSyncMapper(MarketSyncMapping mapping, MarketSyncCatalogue catalogue) {
        this.mapping = mapping;
        this.catalogue = catalogue;
        this.sizeGroupKeys = mapping.sizeGroups().stream().map(TextKey::of).collect(Collectors.toSet());
    }

    private String key(String name) {
        return name == null ? TextKey.of(null) : textKeys.computeIfAbsent(name, TextKey::of);
    }

    /** Mapped colour → its base; else a colour that is itself a base colour; else the default base colour. */
    private String baseColour(String colourName) {
        return baseColours.computeIfAbsent(colourName, name -> {
            if (name.isEmpty()) {
                return defaultBaseColour();
            }
            Optional<String> mapped = mapping.mappedBaseColour(name);
            if (mapped.isPresent()) {
                return catalogue.baseColour(mapped.get()).orElse(mapped.get());
            }
            return catalogue.baseColour(name).orElseGet(this::defaultBaseColour);
        });
    }

    private String defaultBaseColour() {
        String colour = mapping.defaults().baseColour();
        return catalogue.baseColour(colour).orElse(colour);
    }

    /**
     * @param stockByCombination the store's stock per combination id (0 for a product without combinations);
     *                           a missing entry is 0, a negative one (back orders) is sent as 0
     */
    public MappedProduct map(Product product, Map<Long, Integer> stockByCombination) {
        return new Run(product, stockByCombination).map();
    }

    /** One product's mapping: collects the cuts and problems found on the way. */
    private final class Run {

        private final Product product;
        private final Map<Long, Integer> stockByCombination;
        private final MarketSyncMapping.Defaults defaults = mapping.defaults();
        private final List<Cut> cuts = new ArrayList<>();
        private final List<Problem> errors = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();

        Run(Product product, Map<Long, Integer> stockByCombination) {
            this.product = product;
            this.stockByCombination = stockByCombination;
        }

        MappedProduct map() {
            String name = HtmlText.toLine(product.name());
            String nombre = fit("nombre", null, name, 120);
            String summary = HtmlText.toText(product.summary());
            String descripcion = fit("descripcion", null, firstNonBlank(summary, name), 250);
            String ficha = fit("ficha", null, firstNonBlank(HtmlText.toText(product.description()), summary, name), 5000);
            Long categoryId = category();
            String marca = fit("marca", null, brand(), 50);
            String etiquetas = fit("etiquetas", null, SearchTexts.keywords(product, name), 200);
            String modelo = isBlank(product.mpn()) ? product.reference() : product.mpn().trim();
            String etiquetasWeb = fit("etiquetas_web", null, SearchTexts.webTags(product), 500);
            String dateCreated = dateCreated();
            List<CategoryAttribute> categoryAttributes = catalogue.attributesOf(categoryId);
            Variation defaultVariation = product.defaultVariation();
            List<AttributeValue> productAttributes = attributes(categoryAttributes, false, defaultVariation, null,
                    name, marca);

            List<String> bullets = bullets();
            List<VariationColumns> variations = new ArrayList<>();
            VariationColumns defaultColumns = null;
            for (Variation variation : product.variations()) {
                VariationColumns columns = variation(variation, bullets, categoryAttributes, name, marca);
                variations.add(columns);
                if (variation == defaultVariation) {
                    defaultColumns = columns;
                }
            }
            String color = defaultColumns == null ? defaultBaseColour() : defaultColumns.color();
            String base = defaultColumns == null ? defaultBaseColour() : defaultColumns.base();

            Product.Dimensions size = product.dimensions();
            BigDecimal height = Objects.requireNonNullElse(size == null ? null : size.heightCm(), BigDecimal.ZERO);
            BigDecimal width = Objects.requireNonNullElse(size == null ? null : size.widthCm(), BigDecimal.ZERO);
            BigDecimal depth = Objects.requireNonNullElse(size == null ? null : size.depthCm(), BigDecimal.ZERO);
            BigDecimal weight = Objects.requireNonNullElse(size == null ? null : size.weightKg(), BigDecimal.ZERO);
            BigDecimal paddingCm = defaults.packagePadding().paddingCm();
            BigDecimal paddingKg = defaults.packagePadding().paddingKg();
            int minimumCm = defaults.minimumDimensionCm();
            int minimumKg = defaults.minimumWeightKg();

            ProductColumns columns = new ProductColumns(nombre, descripcion, ficha,
                    whole(height, minimumCm), whole(width, minimumCm), whole(depth, minimumCm), whole(weight, minimumKg),
                    product.reference(), defaults.shippingDays(), categoryId, 0, marca, etiquetas, modelo,
                    defaults.listingType(), defaults.warranty(), "", defaults.origin(), color, base,
                    whole(height.add(paddingCm), minimumCm), whole(width.add(paddingCm), minimumCm),
                    whole(depth.add(paddingCm), minimumCm), whole(weight.add(paddingKg), minimumKg),
                    etiquetasWeb, defaults.taxcode(), dateCreated, productAttributes);
            return new MappedProduct(product.id(), columns, variations, prices(), cuts, errors, warnings);
        }

        private Long category() {
            Map<Long, Long> categories = mapping.categories();
            if (categories.containsKey(product.defaultCategoryId())) {
                return categories.get(product.defaultCategoryId());
            }
            for (Long storeCategory : product.categoryIds()) {
                if (categories.containsKey(storeCategory)) {
                    return categories.get(storeCategory);
                }
            }
            String storeCategory = "store category " + product.defaultCategoryId()
                    + (isBlank(product.defaultCategoryName()) ? "" : " (" + product.defaultCategoryName() + ")");
            if (mapping.defaultCategory().isPresent()) {
                warnings.add(Problem.product("categoria_id", storeCategory + " has no entry under categories in the"
                        + " mapping file; the default category " + mapping.defaultCategoryId() + " is used"));
                return mapping.defaultCategoryId();
            }
            errors.add(Problem.product("categoria_id", storeCategory + " has no entry under categories in the mapping"
                    + " file and " + MarketSyncMappingLoader.DEFAULT_CATEGORY_SETTING + " is empty"));
            return null;
        }

        private String brand() {
            String manufacturer = HtmlText.toLine(product.manufacturer());
            if (!manufacturer.isEmpty()) {
                return manufacturer;
            }
            if (defaults.brand().isEmpty()) {
                errors.add(Problem.product("marca", "the product has no manufacturer and defaults.brand in the mapping"
                        + " file is empty"));
            }
            return defaults.brand();
        }

        private String dateCreated() {
            if (product.dateAdd() == null) {
                errors.add(Problem.product("date_created", "the store gave no creation date (date_add) for the product"));
                return "";
            }
            return DATE_CREATED.format(product.dateAdd());
        }

        /** "Name: value" of the first five features with a value. */
        private List<String> bullets() {
            return product.features().stream()
                    .filter(f -> !isBlank(f.value()))
                    .map(f -> isBlank(f.name()) ? HtmlText.toLine(f.value())
                            : HtmlText.toLine(f.name()) + ": " + HtmlText.toLine(f.value()))
                    .distinct()
                    .limit(MarketSyncColumns.BULLETS)
                    .toList();
        }

        private VariationColumns variation(Variation variation, List<String> bullets,
                List<CategoryAttribute> categoryAttributes, String name, String marca) {
            String sku = variationSku(variation);
            String colourName = commercialColour(variation);
            String base = baseColour(colourName);
            String color = colourName.isEmpty() ? base : fit("color", sku, colourName, 50);
            String talla = fit("talla", sku, size(variation), 15);
            List<String> images = padded(images(variation), MarketSyncColumns.IMAGES);
            List<String> bulletColumns = new ArrayList<>();
            for (int i = 0; i < bullets.size(); i++) {
                bulletColumns.add(fit("bullet" + (i + 1), sku, bullets.get(i), 250));
            }
            List<AttributeValue> attributes = attributes(categoryAttributes, true, variation, sku, name, marca);
            Integer stock = stockByCombination.get(variation.combinationId());
            return new VariationColumns(variation.combinationId(), sku, stock == null ? 0 : Math.max(0, stock), color,
                    base, talla, gtin(variation), "", images, padded(bulletColumns, MarketSyncColumns.BULLETS),
                    attributes);
        }

        private String variationSku(Variation variation) {
            if (variation.combinationId() == 0) {
                return product.reference();
            }
            if (!variation.reference().isEmpty()) {
                return variation.reference();
            }
            return product.reference().isEmpty() ? "" : product.reference() + "-" + variation.combinationId();
        }

        /** A combination's own EAN13; only a product without combinations falls back to the product's. */
        private String gtin(Variation variation) {
            if (!isBlank(variation.ean13())) {
                return variation.ean13().trim();
            }
            return variation.combinationId() == 0 && !isBlank(product.ean13()) ? product.ean13().trim() : "";
        }

        /** The colour option, else a "Color" feature, else empty. */
        private String commercialColour(Variation variation) {
            Optional<String> option = variation == null ? Optional.empty() : variation.colour().filter(c -> !c.isBlank());
            if (option.isPresent()) {
                return HtmlText.toLine(option.get());
            }
            return product.features().stream()
                    .filter(f -> COLOUR_FEATURE_NAMES.contains(key(f.name())) && !isBlank(f.value()))
                    .map(f -> HtmlText.toLine(f.value()))
                    .findFirst().orElse("");
        }

        /** The value of the first option in a size group; when no group is one, the first non-colour option. */
        private String size(Variation variation) {
            if (variation == null) {
                return "";
            }
            return variation.attributes().stream()
                    .filter(a -> sizeGroupKeys.contains(key(a.group())))
                    .map(Variation.Attribute::value)
                    .findFirst()
                    .or(variation::size)
                    .map(HtmlText::toLine)
                    .orElse("");
        }

        /** The variation's own images, else the product's; without duplicates, at most six. */
        private List<String> images(Variation variation) {
            List<String> own = variation.imageUrls().stream().filter(url -> !isBlank(url)).toList();
            List<String> source = own.isEmpty() ? product.imageUrls() : own;
            return source.stream().filter(url -> !isBlank(url)).map(String::trim).distinct()
                    .limit(MarketSyncColumns.IMAGES).toList();
        }

        /**
         * The values of the category's product-level ({@code variationLevel} false) or variation-level attributes
         * that the mapping gives a source for and whose source has a value, in the category's order.
         */
        private List<AttributeValue> attributes(List<CategoryAttribute> categoryAttributes, boolean variationLevel,
                Variation variation, String sku, String name, String marca) {
            List<AttributeValue> values = new ArrayList<>();
            for (CategoryAttribute attribute : categoryAttributes) {
                if (attribute.variationLevel() != variationLevel) {
                    continue;
                }
                Optional<AttributeSource> source = mapping.attributeSource(attribute.key());
                if (source.isEmpty()) {
                    continue;
                }
                String value = HtmlText.toLine(sourceValue(source.get(), variation, variationLevel, name, marca));
                if (value.isEmpty()) {
                    continue;
                }
                value = attribute.allowedSpelling(value).orElse(value);
                int limit = attribute.maxLength() > 0
                        ? Math.min(attribute.maxLength(), MarketSyncColumns.ATTRIBUTE_VALUE_MAX_LENGTH)
                        : MarketSyncColumns.ATTRIBUTE_VALUE_MAX_LENGTH;
                if (!source.get().identifier()) {
                    value = fit("atributos." + attribute.key(), sku, value, limit);
                }
                values.add(new AttributeValue(attribute.key(), value));
            }
            return values;
        }

        private String sourceValue(AttributeSource source, Variation variation, boolean variationLevel, String name,
                String marca) {
            switch (source.kind()) {
                case MANUFACTURER:
                    return marca;
                case REFERENCE:
                    return variationLevel && variation != null ? variationSku(variation) : product.reference();
                case MPN:
                    return Objects.requireNonNullElse(product.mpn(), "");
                case EAN13:
                    if (variationLevel && variation != null) {
                        return gtin(variation);
                    }
                    return !isBlank(product.ean13()) ? product.ean13() : variation == null ? "" : gtin(variation);
                case NAME:
                    return name;
                case COLOUR:
                    return commercialColour(variation);
                case SIZE:
                    return size(variation);
                case FEATURE: {
                    String wanted = key(source.argument());
                    return product.features().stream().filter(f -> key(f.name()).equals(wanted))
                            .map(Product.Feature::value).filter(v -> !isBlank(v)).findFirst().orElse("");
                }
                case OPTION: {
                    if (variation == null) {
                        return "";
                    }
                    String wanted = key(source.argument());
                    return variation.attributes().stream().filter(a -> key(a.group()).equals(wanted))
                            .map(Variation.Attribute::value).findFirst().orElse("");
                }
                case CONSTANT:
                    return source.argument();
                default:
                    throw new IllegalStateException("unknown attribute source " + source);
            }
        }

        /**
         * One price per market (MarketSync keeps prices per product, not per variation): the product's prices, which
         * are its default variation's, through the market's rule if it has one.
         */
        private List<MarketPrice> prices() {
            Prices prices = product.prices() == null ? new Prices(null, null, null) : product.prices();
            TreeSet<BigDecimal> variationPrices = product.variations().stream()
                    .map(v -> v.prices() == null ? null : v.prices().finalPrice())
                    .filter(p -> p != null && p.signum() > 0)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (variationPrices.size() > 1) {
                warnings.add(Problem.product("precios", "the variations have different prices (from "
                        + variationPrices.first() + " to " + variationPrices.last() + "); MarketSync keeps one price"
                        + " per product, so the product's price " + prices.finalPrice() + " is sent"));
            }
            List<MarketPrice> marketPrices = new ArrayList<>();
            for (Long marketId : catalogue.markets().keySet()) {
                PriceRule rule = mapping.markets().get(marketId);
                marketPrices.add(rule == null ? PriceRule.storePrices(marketId, prices) : rule.apply(marketId, prices));
            }
            return marketPrices;
        }

        private String fit(String column, String sku, String text, int maxLength) {
            int length = WordBoundaryCut.length(text);
            if (length <= maxLength) {
                return text;
            }
            String kept = WordBoundaryCut.cut(text, maxLength);
            cuts.add(new Cut(column, sku, length, WordBoundaryCut.length(kept)));
            return kept;
        }
    }

    private static int whole(BigDecimal value, int minimum) {
        BigDecimal up = value.setScale(0, RoundingMode.CEILING);
        return up.compareTo(BigDecimal.valueOf(minimum)) < 0 ? minimum
                : up.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact();
    }

    private static List<String> padded(List<String> values, int size) {
        List<String> padded = new ArrayList<>(values);
        while (padded.size() < size) {
            padded.add("");
        }
        return padded;
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (!isBlank(text)) {
                return text;
            }
        }
        return "";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

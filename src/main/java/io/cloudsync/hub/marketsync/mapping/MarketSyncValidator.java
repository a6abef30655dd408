package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue.Category;
import io.cloudsync.hub.marketsync.mapping.MarketSyncCatalogue.CategoryAttribute;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies MarketSync's column tables and rules to a mapped product before anything is sent, and reports every
 * reason it cannot be sent, not just the first; each names its column, and the variation SKU for a variation
 * column. The mapper's own findings come first; a column the mapper already explained is not reported again.
 */
public final class MarketSyncValidator {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(MarketSyncColumns.DATE_TIME_PATTERN);

    private final MarketSyncCatalogue catalogue;
    /** Answers that repeat across products and variations (colours, image URLs), found once per validator. */
    private final Map<String, Boolean> baseColours = new ConcurrentHashMap<>();
    private final Map<String, Boolean> httpUrls = new ConcurrentHashMap<>();

    public MarketSyncValidator(MarketSyncCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    private boolean isBaseColour(String name) {
        return baseColours.computeIfAbsent(name, colour -> catalogue.baseColour(colour).isPresent());
    }

    public Validation validate(MappedProduct mapped) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        ProductColumns product = mapped.product();
        Map<String, Object> productColumns = product.asMap();
        checkColumns(MarketSyncColumns.PRODUCT, productColumns, null, errors);
        checkProduct(product, productColumns, errors);
        Optional<Category> category = catalogue.category(product.categoriaId());
        List<CategoryAttribute> categoryAttributes = catalogue.attributesOf(product.categoriaId());
        checkAttributes(product.atributos(), categoryAttributes, false, null, errors, warnings);

        Map<String, Integer> skuCount = new HashMap<>();
        mapped.variations().forEach(v -> skuCount.merge(v.sku(), 1, Integer::sum));
        Set<String> checkedSkus = new HashSet<>();
        for (VariationColumns variation : mapped.variations()) {
            checkColumns(MarketSyncColumns.VARIATION, variation.asMap(), variation.sku(), errors);
            if (checkedSkus.add(variation.sku()) && skuCount.get(variation.sku()) > 1 && !variation.sku().isBlank()) {
                errors.add(Problem.variation("sku", variation.sku(), skuCount.get(variation.sku())
                        + " variations share this SKU; each needs its own"));
            }
            checkVariation(variation, errors);
            checkAttributes(variation.atributos(), categoryAttributes, true, variation.sku(), errors, warnings);
        }
        if (mapped.variations().isEmpty()) {
            errors.add(Problem.product("variaciones", "a product needs at least one variation"));
        }
        if (category.isPresent() && !category.get().allowsVariations() && mapped.variations().size() > 1) {
            errors.add(Problem.product("variaciones", "category " + category.get().id() + " ("
                    + category.get().path() + ") does not allow variations, and the product has "
                    + mapped.variations().size()));
        }
        checkPrices(mapped.prices(), errors, warnings);

        List<Problem> allErrors = new ArrayList<>(mapped.mappingErrors());
        Set<String> explained = new HashSet<>();
        mapped.mappingErrors().forEach(p -> explained.add(p.column() + "\u0000" + p.sku()));
        errors.stream().filter(p -> !explained.contains(p.column() + "\u0000" + p.sku())).forEach(allErrors::add);
        List<Problem> allWarnings = new ArrayList<>(mapped.mappingWarnings());
        allWarnings.addAll(warnings);
        return new Validation(allErrors, allWarnings);
    }

    /** The column table's own rules: mandatory columns present and non-empty, lengths, integers not negative. */
    private static void checkColumns(List<ColumnSpec> table, Map<String, Object> columns, String sku,
            List<Problem> errors) {
        for (ColumnSpec spec : table) {
            Object value = columns.get(spec.name());
            switch (spec.type()) {
                case TEXT:
                case DATE_TIME: {
                    String text = value == null ? "" : value.toString();
                    if (text.isBlank()) {
                        if (spec.mandatory()) {
                            errors.add(new Problem(spec.name(), sku, "is mandatory and empty"));
                        }
                        continue;
                    }
                    int length = WordBoundaryCut.length(text);
                    if (spec.maxLength() > 0 && length > spec.maxLength()) {
                        errors.add(new Problem(spec.name(), sku, spec.identifier()
                                ? "'" + text + "' has " + length + " characters, more than " + spec.maxLength()
                                        + "; an identifier is never cut"
                                : "has " + length + " characters, more than " + spec.maxLength()));
                    }
                    if (spec.type() == ColumnSpec.Type.DATE_TIME && !isDateTime(text)) {
                        errors.add(new Problem(spec.name(), sku, "'" + text + "' is not a date-time written "
                                + MarketSyncColumns.DATE_TIME_PATTERN));
                    }
                    break;
                }
                case INTEGER:
                    if (value == null) {
                        if (spec.mandatory()) {
                            errors.add(new Problem(spec.name(), sku, "is mandatory and missing"));
                        }
                    } else if (((Number) value).longValue() < 0) {
                        errors.add(new Problem(spec.name(), sku, "is " + value + "; it cannot be negative"));
                    }
                    break;
                case ARRAY:
                    if (value == null && spec.mandatory()) {
                        errors.add(new Problem(spec.name(), sku, "is mandatory and missing"));
                    }
                    break;
                default:
                    throw new IllegalStateException("unknown column type " + spec.type());
            }
        }
    }

    private void checkProduct(ProductColumns product, Map<String, Object> columns, List<Problem> errors) {
        int skuLength = WordBoundaryCut.length(product.sku());
        if (skuLength > 0 && skuLength < MarketSyncColumns.SKU_MIN_LENGTH) {
            errors.add(Problem.product("sku", "'" + product.sku() + "' has " + skuLength + " characters; a SKU has "
                    + MarketSyncColumns.SKU_MIN_LENGTH + " to " + MarketSyncColumns.SKU_MAX_LENGTH
                    + " and is never padded or cut"));
        }
        for (String dimension : MarketSyncColumns.DIMENSIONS) {
            Object value = columns.get(dimension);
            if (value instanceof Number number && number.longValue() == 0) {
                errors.add(Problem.product(dimension, "is 0; sizes and weights are at least 1"));
            }
        }
        if (!product.listingTypeId().isBlank() && !MarketSyncMapping.LISTING_TYPES.contains(product.listingTypeId())) {
            errors.add(Problem.product("listing_type_id", "'" + product.listingTypeId() + "' is not one of "
                    + String.join(", ", MarketSyncMapping.LISTING_TYPES)));
        }
        if (!product.warranty().isBlank() && !MarketSyncColumns.WARRANTY.matcher(product.warranty()).matches()) {
            errors.add(Problem.product("warranty", "'" + product.warranty() + "' is not written '(n) días|meses|años',"
                    + " optionally after 'Garantía de fábrica: '"));
        }
        if (product.categoriaId() != null && catalogue.category(product.categoriaId()).isEmpty()) {
            errors.add(Problem.product("categoria_id", product.categoriaId()
                    + " is not a category of MarketSync's categorias catalogue"));
        }
        if (!product.base().isBlank() && !isBaseColour(product.base())) {
            errors.add(Problem.product("base", notABaseColour(product.base())));
        }
        if (!catalogue.hasCountry(product.origen())) {
            errors.add(Problem.product("origen", product.origen() + " is not a country of MarketSync's paises catalogue"));
        }
    }

    private void checkVariation(VariationColumns variation, List<Problem> errors) {
        String sku = variation.sku();
        if (!variation.base().isBlank() && !isBaseColour(variation.base())) {
            errors.add(Problem.variation("base", sku, notABaseColour(variation.base())));
        }
        List<String> images = variation.images();
        if (images.stream().allMatch(String::isBlank)) {
            errors.add(Problem.variation("imagen1", sku, "a variation needs at least one image, and neither the"
                    + " combination nor the product has one"));
        } else if (images.get(0).isBlank()) {
            errors.add(Problem.variation("imagen1", sku, "the main image is empty while other images are set"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < images.size(); i++) {
            String url = images.get(i);
            if (url.isBlank()) {
                continue;
            }
            String column = "imagen" + (i + 1);
            if (!httpUrls.computeIfAbsent(url, MarketSyncValidator::isHttpUrl)) {
                errors.add(Problem.variation(column, sku, "'" + url + "' is not an http(s) URL"));
            }
            Integer first = seen.putIfAbsent(url, i + 1);
            if (first != null) {
                errors.add(Problem.variation(column, sku, "repeats imagen" + first + "; images must not be duplicated"));
            }
        }
    }

    private void checkAttributes(List<AttributeValue> values, List<CategoryAttribute> categoryAttributes,
            boolean variationLevel, String sku, List<Problem> errors, List<Problem> warnings) {
        Map<String, String> byKey = new HashMap<>();
        for (AttributeValue value : values) {
            String column = "atributos." + value.key();
            byKey.put(value.key().toUpperCase(Locale.ROOT), value.value());
            if (value.key().isBlank() || value.key().length() > MarketSyncColumns.ATTRIBUTE_KEY_MAX_LENGTH) {
                errors.add(new Problem(column, sku, "an attribute key has 1 to "
                        + MarketSyncColumns.ATTRIBUTE_KEY_MAX_LENGTH + " characters"));
            }
            Optional<CategoryAttribute> attribute = categoryAttributes.stream()
                    .filter(a -> a.key().equalsIgnoreCase(value.key())).findFirst();
            int limit = attribute.filter(a -> a.maxLength() > 0)
                    .map(a -> Math.min(a.maxLength(), MarketSyncColumns.ATTRIBUTE_VALUE_MAX_LENGTH))
                    .orElse(MarketSyncColumns.ATTRIBUTE_VALUE_MAX_LENGTH);
            int length = WordBoundaryCut.length(value.value());
            if (value.value().isBlank()) {
                errors.add(new Problem(column, sku, "has an empty value"));
            } else if (length > limit) {
                // The mapper cuts text, so only an identifier (reference, MPN, EAN) can still be too long here.
                errors.add(new Problem(column, sku, "'" + value.value() + "' has " + length + " characters, more than "
                        + limit + "; an identifier is never cut"));
            }
            if (attribute.isPresent() && !attribute.get().allowedValues().isEmpty()
                    && attribute.get().allowedSpelling(value.value()).isEmpty()) {
                warnings.add(new Problem(column, sku, "'" + value.value() + "' is not among the "
                        + attribute.get().allowedValues().size() + " values MarketSync lists for "
                        + attribute.get().key() + " (" + attribute.get().name() + "); the marketplace may refuse it"));
            }
        }
        for (CategoryAttribute attribute : categoryAttributes) {
            if (attribute.mandatory() && attribute.variationLevel() == variationLevel
                    && byKey.getOrDefault(attribute.key().toUpperCase(Locale.ROOT), "").isBlank()) {
                errors.add(new Problem("atributos." + attribute.key(), sku, "the category requires "
                        + (variationLevel ? "each variation" : "the product") + " to have " + attribute.key() + " ("
                        + attribute.name() + "); give it a source under attributes in the mapping file"));
            }
        }
    }

    private void checkPrices(List<MarketPrice> prices, List<Problem> errors, List<Problem> warnings) {
        if (prices.isEmpty()) {
            warnings.add(Problem.product("precios", "the catalogue lists no active market, so no price is sent"));
        }
        for (MarketPrice price : prices) {
            String market = "market " + price.marketId()
                    + Optional.ofNullable(catalogue.markets().get(price.marketId())).map(n -> " (" + n + ")").orElse("");
            if (price.precio().signum() <= 0) {
                errors.add(Problem.product("precio", market + ": " + price.precio() + " must be above 0"));
            }
            if (price.oferta().signum() <= 0) {
                errors.add(Problem.product("oferta", market + ": " + price.oferta() + " must be above 0"));
            }
            if (price.oferta().compareTo(price.precio()) > 0) {
                errors.add(Problem.product("oferta", market + ": " + price.oferta() + " is above precio "
                        + price.precio()));
            }
            if (price.discountPercent().compareTo(BigDecimal.valueOf(MarketSyncColumns.RISKY_DISCOUNT_PERCENT)) > 0) {
                warnings.add(Problem.product("oferta", market + ": a discount of " + price.discountPercent()
                        + " % is over " + MarketSyncColumns.RISKY_DISCOUNT_PERCENT
                        + " %; marketplaces may reject the listing"));
            }
        }
    }

    private static String notABaseColour(String base) {
        return "'" + base + "' is not a base colour of MarketSync's colores catalogue";
    }

    private static boolean isDateTime(String text) {
        try {
            LocalDateTime.parse(text, DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.config.YamlDocument;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping.Defaults;
import io.cloudsync.hub.marketsync.mapping.MarketSyncMapping.PackagePadding;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the mapping file an integrator edits (see {@code mapping/marketsync-mapping.example.yaml}). Every problem
 * is collected, not just the first: unknown keys, keys written twice, values of the wrong type or out of range,
 * each with its key path and line. Absent sections and keys take the documented defaults.
 */
public final class MarketSyncMappingLoader {

    static final List<String> SECTIONS = List.of("defaults", "categories", "attributes", "colours", "sizeGroups",
            "markets", "exclude", "orders");
    static final List<String> DEFAULT_KEYS = List.of("listingType", "warranty", "origin", "shippingDays", "brand",
            "baseColour", "package", "taxcode", "minimumDimensionCm", "minimumWeightKg");
    static final List<String> PACKAGE_KEYS = List.of("paddingCm", "paddingKg");
    static final List<String> PRICE_RULE_KEYS = List.of("markupPercent", "fixedAdd", "roundTo", "maxDiscountPercent");
    static final String DEFAULT_CATEGORY_SETTING = "hub.marketsync.default-category-id";

    private MarketSyncMappingLoader() {
    }

    /**
     * @param defaultCategoryIdSetting the value of {@code hub.marketsync.default-category-id} (empty or null: none)
     */
    public static MarketSyncMapping load(Path file, String defaultCategoryIdSetting) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MappingFileException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
        return parse(text, file.toString(), defaultCategoryIdSetting);
    }

    public static MarketSyncMapping parse(String yaml, String source, String defaultCategoryIdSetting) {
        YamlDocument document;
        try {
            document = YamlDocument.parse(yaml, "");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MappingFileException(source, List.of((line > 0 ? "line " + line + ": " : "")
                    + "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new MappingFileException(source, List.of("not valid YAML: " + e.getMessage()));
        }
        Reading reading = new Reading(document);
        MarketSyncMapping mapping = reading.mapping(defaultCategoryIdSetting);
        if (!reading.problems.isEmpty()) {
            reading.problems.sort(Comparator.comparingInt(LocatedProblem::line));
            throw new MappingFileException(source, reading.problems.stream().map(LocatedProblem::text).toList());
        }
        return mapping;
    }

    /** A problem and the line it is on (0 when it is not in the file), so problems are listed in file order. */
    private record LocatedProblem(int line, String text) {
    }

    /** One pass over the document, collecting problems as it goes. */
    static final class Reading {

        private final YamlDocument document;
        private final List<LocatedProblem> problems = new ArrayList<>();

        Reading(YamlDocument document) {
            this.document = document;
        }

        MarketSyncMapping mapping(String defaultCategoryIdSetting) {
            document.duplicateKeys().forEach(path -> problem(path, "is written twice; keep one"));
            Long defaultCategory = defaultCategory(defaultCategoryIdSetting);
            JsonNode root = document.tree();
            if (root.isMissingNode() || root.isNull()) {
                return MarketSyncMapping.empty().withDefaultCategoryId(defaultCategory);
            }
            if (!root.isObject()) {
                problem("", "the file must hold the sections " + String.join(", ", SECTIONS));
                return MarketSyncMapping.empty();
            }
            knownKeys(root, "", SECTIONS);
            Defaults defaults = defaults(root.get("defaults"));
            Map<Long, Long> categories = entries(root.get("categories"), "categories", "store category id",
                    (value, path) -> whole(value, path, 1).orElse(null));
            Map<String, AttributeSource> attributes = attributes(root.get("attributes"));
            Map<String, String> colours = colours(root.get("colours"));
            List<String> sizeGroups = texts(root.get("sizeGroups"), "sizeGroups");
            Map<Long, PriceRule> markets = entries(root.get("markets"), "markets", "market id", this::priceRule);
            Map<Long, MarketExclusion> exclusions = entries(root.get("exclude"), "exclude", "market id",
                    (node, path) -> isSection(node, path) ? MarketExclusion.read(node, path, this::problem) : null);
            OrderStatusWords orderStatus = OrderStatusSection.read(root.get("orders"), this);
            if (!problems.isEmpty()) {
                return MarketSyncMapping.empty();
            }
            return new MarketSyncMapping(defaults, categories, defaultCategory, attributes, colours, sizeGroups,
                    markets, exclusions, orderStatus);
        }

        private Long defaultCategory(String setting) {
            if (setting == null || setting.isBlank()) {
                return null;
            }
            try {
                long id = Long.parseLong(setting.trim());
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new LocatedProblem(0, DEFAULT_CATEGORY_SETTING + ": '" + setting + "' is not a MarketSync"
                    + " category id (a whole number above 0, or empty for none)"));
            return null;
        }

        private Defaults defaults(JsonNode node) {
            Defaults standard = Defaults.standard();
            if (!isSection(node, "defaults")) {
                return standard;
            }
            knownKeys(node, "defaults", DEFAULT_KEYS);
            String listingType = text(node.get("listingType"), "defaults.listingType").orElse(standard.listingType());
            if (!MarketSyncMapping.LISTING_TYPES.contains(listingType)) {
                problem("defaults.listingType", "'" + listingType + "' is not a listing type; use one of "
                        + String.join(", ", MarketSyncMapping.LISTING_TYPES));
            }
            String warranty = text(node.get("warranty"), "defaults.warranty").orElse(standard.warranty()).trim();
            if (warranty.length() > 50) {
                problem("defaults.warranty", "has " + warranty.length() + " characters; warranty holds at most 50");
            } else if (!warranty.isEmpty() && !MarketSyncColumns.WARRANTY.matcher(warranty).matches()) {
                problem("defaults.warranty", "'" + warranty + "' is not a MarketSync warranty: write '(n) días',"
                        + " '(n) meses' or '(n) años', optionally after 'Garantía de fábrica: '");
            }
            int origin = wholeInt(node.get("origin"), "defaults.origin", 1, standard.origin());
            int shippingDays = wholeInt(node.get("shippingDays"), "defaults.shippingDays", 0, standard.shippingDays());
            String brand = text(node.get("brand"), "defaults.brand").orElse("");
            if (brand.length() > 50) {
                problem("defaults.brand", "has " + brand.length() + " characters; marca holds at most 50");
            }
            String baseColour = text(node.get("baseColour"), "defaults.baseColour").orElse(standard.baseColour());
            if (baseColour.isBlank()) {
                problem("defaults.baseColour", "must name a base colour of MarketSync's colores catalogue");
            }
            PackagePadding padding = packagePadding(node.get("package"));
            String taxcode = text(node.get("taxcode"), "defaults.taxcode").orElse("");
            if (taxcode.length() > 20) {
                problem("defaults.taxcode", "has " + taxcode.length() + " characters; taxcode holds at most 20");
            }
            int minimumDimension = wholeInt(node.get("minimumDimensionCm"), "defaults.minimumDimensionCm", 1, 1);
            int minimumWeight = wholeInt(node.get("minimumWeightKg"), "defaults.minimumWeightKg", 1, 1);
            return new Defaults(listingType, warranty, origin, shippingDays, brand, baseColour, padding, taxcode,
                    minimumDimension, minimumWeight);
        }

        private PackagePadding packagePadding(JsonNode node) {
            if (!isSection(node, "defaults.package")) {
                return PackagePadding.NONE;
            }
            knownKeys(node, "defaults.package", PACKAGE_KEYS);
            BigDecimal cm = decimal(node.get("paddingCm"), "defaults.package.paddingCm", true).orElse(BigDecimal.ZERO);
            BigDecimal kg = decimal(node.get("paddingKg"), "defaults.package.paddingKg", true).orElse(BigDecimal.ZERO);
            return new PackagePadding(cm, kg);
        }

        private Map<String, AttributeSource> attributes(JsonNode node) {
            Map<String, AttributeSource> attributes = new LinkedHashMap<>();
            if (!isSection(node, "attributes")) {
                return attributes;
            }
            node.fields().forEachRemaining(entry -> {
                String path = YamlDocument.child("attributes", entry.getKey());
                if (entry.getKey().isBlank() || entry.getKey().length() > MarketSyncColumns.ATTRIBUTE_KEY_MAX_LENGTH) {
                    problem(path, "a MarketSync attribute key has 1 to 50 characters");
                    return;
                }
                text(entry.getValue(), path).ifPresent(value -> {
                    Optional<AttributeSource> source = AttributeSource.parse(value);
                    if (source.isEmpty()) {
                        problem(path, "'" + value + "' is not a value source; use one of "
                                + AttributeSource.describeSyntax());
                    } else {
                        attributes.put(entry.getKey().trim(), source.get());
                    }
                });
            });
            return attributes;
        }

        private Map<String, String> colours(JsonNode node) {
            Map<String, String> colours = new LinkedHashMap<>();
            Map<String, String> firstSpelling = new LinkedHashMap<>();
            if (!isSection(node, "colours")) {
                return colours;
            }
            node.fields().forEachRemaining(entry -> {
                String path = YamlDocument.child("colours", entry.getKey());
                String previous = firstSpelling.putIfAbsent(TextKey.of(entry.getKey()), entry.getKey());
                if (previous != null) {
                    problem(path, "maps the same colour as '" + previous + "' (names ignore case and accents)");
                    return;
                }
                text(entry.getValue(), path).ifPresent(base -> {
                    if (base.isBlank()) {
                        problem(path, "needs a base colour of MarketSync's colores catalogue");
                    } else {
                        colours.put(entry.getKey(), base.trim().toUpperCase(Locale.ROOT));
                    }
                });
            });
            return colours;
        }

        private List<String> texts(JsonNode node, String path) {
            List<String> texts = new ArrayList<>();
            if (node == null || node.isNull()) {
                return texts;
            }
            if (!node.isArray()) {
                problem(path, "must be a list, e.g. [Talla, Size]");
                return texts;
            }
            for (int i = 0; i < node.size(); i++) {
                text(node.get(i), path + "[" + i + "]").filter(t -> !t.isBlank()).ifPresent(texts::add);
            }
            return texts;
        }

        private PriceRule priceRule(JsonNode node, String path) {
            if (!isSection(node, path)) {
                return null;
            }
            knownKeys(node, path, PRICE_RULE_KEYS);
            BigDecimal markup = decimal(node.get("markupPercent"), path + ".markupPercent", false).orElse(BigDecimal.ZERO);
            if (markup.compareTo(BigDecimal.valueOf(-100)) <= 0) {
                problem(path + ".markupPercent", "must be above -100");
                markup = BigDecimal.ZERO;
            }
            BigDecimal fixedAdd = decimal(node.get("fixedAdd"), path + ".fixedAdd", false).orElse(BigDecimal.ZERO);
            BigDecimal roundTo = decimal(node.get("roundTo"), path + ".roundTo", true).orElse(null);
            if (roundTo != null && roundTo.signum() == 0) {
                problem(path + ".roundTo", "must be above 0 (0.99 for prices ending in .99, 1 for whole pesos)");
                roundTo = null;
            }
            BigDecimal maxDiscount = decimal(node.get("maxDiscountPercent"), path + ".maxDiscountPercent", true)
                    .orElse(null);
            if (maxDiscount != null && maxDiscount.compareTo(BigDecimal.valueOf(100)) >= 0) {
                problem(path + ".maxDiscountPercent", "must be below 100");
                maxDiscount = null;
            }
            return new PriceRule(markup, fixedAdd, roundTo, maxDiscount);
        }

        /** A section keyed by positive whole numbers (category ids, market ids). */
        private <V> Map<Long, V> entries(JsonNode node, String section, String keyMeaning,
                java.util.function.BiFunction<JsonNode, String, V> value) {
            Map<Long, V> entries = new LinkedHashMap<>();
            if (!isSection(node, section)) {
                return entries;
            }
            node.fields().forEachRemaining(entry -> {
                String path = YamlDocument.child(section, entry.getKey());
                Long key = parseWhole(entry.getKey().trim());
                if (key == null || key < 1) {
                    problem(path, "'" + entry.getKey() + "' is not a " + keyMeaning + " (a whole number above 0)");
                    return;
                }
                if (entries.containsKey(key)) {
                    problem(path, "the " + keyMeaning + " " + key + " is written twice");
                    return;
                }
                V read = value.apply(entry.getValue(), path);
                if (read != null) {
                    entries.put(key, read);
                }
            });
            return entries;
        }

        boolean isSection(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return false;
            }
            if (!node.isObject()) {
                problem(path, "must be a section of 'key: value' lines, found " + describe(node));
                return false;
            }
            return true;
        }

        void knownKeys(JsonNode node, String path, List<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    problem(YamlDocument.child(path, name), "is not a known key" + (path.isEmpty() ? "" : " in " + path)
                            + "; known keys: " + String.join(", ", known));
                }
            }
        }

        Optional<String> text(JsonNode node, String path) {
            if (node == null) {
                return Optional.empty();
            }
            if (node.isNull()) {
                return Optional.of("");
            }
            if (node.isContainerNode()) {
                problem(path, "must be a single value, found " + describe(node));
                return Optional.empty();
            }
            return Optional.of(node.asText().trim());
        }

        private Optional<Long> whole(JsonNode node, String path, long minimum) {
            Optional<String> text = text(node, path);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Long value = node.isIntegralNumber() && node.canConvertToLong() ? Long.valueOf(node.longValue())
                    : parseWhole(text.get());
            if (value == null) {
                problem(path, "'" + text.get() + "' is not a whole number");
                return Optional.empty();
            }
            if (value < minimum) {
                problem(path, "is " + value + "; it must be at least " + minimum);
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private int wholeInt(JsonNode node, String path, int minimum, int fallback) {
            Optional<Long> value = whole(node, path, minimum);
            if (value.isPresent() && value.get() > Integer.MAX_VALUE) {
                problem(path, "is too large");
                return fallback;
            }
            return value.map(Long::intValue).orElse(fallback);
        }

        private Optional<BigDecimal> decimal(JsonNode node, String path, boolean notNegative) {
            Optional<String> text = text(node, path);
            if (text.isEmpty() || text.get().isEmpty()) {
                return Optional.empty();
            }
            BigDecimal value;
            try {
                value = node.isNumber() ? node.decimalValue() : new BigDecimal(text.get());
            } catch (NumberFormatException e) {
                problem(path, "'" + text.get() + "' is not a number");
                return Optional.empty();
            }
            if (notNegative && value.signum() < 0) {
                problem(path, "is " + value.toPlainString() + "; it cannot be negative");
                return Optional.empty();
            }
            return Optional.of(value);
        }

        static Long parseWhole(String text) {
            try {
                BigInteger value = new BigInteger(text.trim());
                return value.bitLength() < 63 ? value.longValue() : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String describe(JsonNode node) {
            return node.isArray() ? "a list" : node.isObject() ? "a section" : "'" + node.asText() + "'";
        }

        void problem(String path, String message) {
            int line = document.lineOf(path);
            String where = (line > 0 ? "line " + line + ", " : "") + (path.isEmpty() ? "top level" : path);
            problems.add(new LocatedProblem(line, where + ": " + message));
        }
    }
}

package io.cloudsync.hub.sandbox.marketsync.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Category;
import io.cloudsync.hub.sandbox.marketsync.model.Attribute;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumns;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks products against the column table of the product controller: mandatory columns, lengths, integers, the
 * SKU (5–18 characters), listing types, warranty text, and that category, base colour and country exist, plus the
 * category's mandatory attributes. Uniqueness of the SKU is the caller's business (it needs the store).
 */
public final class ProductValidator {

    public record NewProduct(ProductColumns columns, List<Attribute> atributos) {
    }

    /** What a PUT changes: the columns it carries and, when it carries {@code atributos}, the merged list. */
    public record ProductChange(long productId, Map<ProductColumn, String> columns, List<Attribute> atributos) {
    }

    public static final List<String> LISTING_TYPES =
            List.of("bronze", "silver", "gold_pro", "gold_premium", "gold_special", "gold");
    private static final Pattern WARRANTY = Pattern.compile("(Garantía de fábrica: )?\\d+ (días|meses|años)");
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> CREATION_COLUMNS = Stream.concat(
            Arrays.stream(ProductColumn.values()).map(ProductColumn::column), Stream.of(ProductColumn.ATRIBUTOS))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> UPDATE_COLUMNS = Stream.concat(
            Arrays.stream(ProductColumn.values()).filter(ProductColumn::updatable).map(ProductColumn::column),
            Stream.of(ProductColumn.ATRIBUTOS, "product_id")).collect(Collectors.toUnmodifiableSet());

    private final Catalogue catalogue;
    private final AttributeRules attributes = new AttributeRules();

    public ProductValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Checked<NewProduct> forCreation(JsonNode item) {
        ItemCheck check = new ItemCheck(item);
        if (!check.valid()) {
            return new Checked<>(null, null, check.violations());
        }
        check.refuseUnknown(CREATION_COLUMNS, column -> "unknown column (not in the product column table)");
        Map<ProductColumn, String> values = new EnumMap<>(ProductColumn.class);
        for (ProductColumn column : ProductColumn.values()) {
            String value = read(check, column);
            if (value != null) {
                values.put(column, value);
            }
        }
        Category category = categoryOf(values);
        List<Attribute> atributos = List.of();
        if (!check.has(ProductColumn.ATRIBUTOS)) {
            check.violation(ProductColumn.ATRIBUTOS, "missing (the product attributes of the category)");
        } else {
            atributos = attributes.read(check, category, List.of());
        }
        String sku = values.getOrDefault(ProductColumn.SKU, check.node("sku").asText(""));
        return new Checked<>(sku, new NewProduct(ProductColumns.of(values), atributos), check.violations());
    }

    /** Checks a PUT item against the product it names ({@code null} when the product_id is unknown). */
    public Checked<ProductChange> forUpdate(JsonNode item, Product current) {
        ItemCheck check = new ItemCheck(item);
        if (!check.valid()) {
            return new Checked<>(null, null, check.violations());
        }
        Long productId = check.integer("product_id", true, 1);
        if (productId != null && current == null) {
            check.violation("product_id", "unknown product " + productId);
        }
        check.refuseUnknown(UPDATE_COLUMNS, column -> ProductColumn.byName(column).isPresent()
                ? "not updatable (updatable columns: " + ProductColumn.UPDATABLE_LIST + ")"
                : "unknown column (updatable columns: " + ProductColumn.UPDATABLE_LIST + ")");
        Map<ProductColumn, String> values = new EnumMap<>(ProductColumn.class);
        for (ProductColumn column : ProductColumn.values()) {
            if (column.updatable() && item.has(column.column())) {
                String value = read(check, column);
                if (value != null) {
                    values.put(column, value);
                }
            }
        }
        List<Attribute> atributos = null;
        if (item.has(ProductColumn.ATRIBUTOS) && current != null) {
            Category category = catalogue.category(current.categoryId()).orElse(null);
            atributos = attributes.read(check, category, current.atributos());
        }
        String sku = current == null ? null : current.sku();
        long id = productId == null ? 0 : productId;
        return new Checked<>(sku, new ProductChange(id, values, atributos), check.violations());
    }

    /** Reads one column by its type, then checks its own rule; {@code null} when absent or invalid. */
    private String read(ItemCheck check, ProductColumn column) {
        String name = column.column();
        switch (column.kind()) {
            case INTEGER -> {
                Long value = check.integer(name, column.mandatory(), 0);
                return value == null ? null : checkRule(check, column, Long.toString(value));
            }
            case DATE_TIME -> {
                LocalDateTime value = check.dateTime(name, column.mandatory());
                return value == null ? null : value.format(STORED);
            }
            default -> {
                int max = column == ProductColumn.SKU ? Integer.MAX_VALUE : column.maxLength();
                String value = check.text(name, max, column.mandatory());
                return value == null || value.isEmpty() ? value : checkRule(check, column, value);
            }
        }
    }

    private String checkRule(ItemCheck check, ProductColumn column, String value) {
        String problem = switch (column) {
            case SKU -> skuProblem(value);
            case LISTING_TYPE_ID -> LISTING_TYPES.contains(value) ? null
                    : "must be one of " + String.join(", ", LISTING_TYPES) + "; got '" + value + "'";
            case WARRANTY -> WARRANTY.matcher(value).matches() ? null
                    : "must read '(n) días|meses|años', optionally prefixed 'Garantía de fábrica: '; got '"
                    + value + "'";
            case CATEGORIA_ID -> catalogue.category(Integer.parseInt(value)).isPresent() ? null
                    : "unknown category " + value + " (see the categorias controller)";
            case BASE -> baseColourProblem(catalogue, value);
            case ORIGEN -> catalogue.isCountry(Integer.parseInt(value)) ? null
                    : "unknown country " + value + " (see the paises controller; 484 = Mexico)";
            default -> null;
        };
        if (problem != null) {
            check.violation(column.column(), problem);
            return null;
        }
        return value;
    }

    private static String skuProblem(String sku) {
        int length = sku.codePointCount(0, sku.length());
        return length < 5 || length > 18 ? "must have 5 to 18 characters, has " + length : null;
    }

    /** Shared with variations: a base colour must be one of the colores catalogue, in upper case. */
    static String baseColourProblem(Catalogue catalogue, String value) {
        if (catalogue.isBaseColour(value)) {
            return null;
        }
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        return catalogue.isBaseColour(upper) ? "must be upper case: '" + upper + "', got '" + value + "'"
                : "'" + value + "' is not a base colour (see the colores controller)";
    }

    private Category categoryOf(Map<ProductColumn, String> values) {
        String id = values.get(ProductColumn.CATEGORIA_ID);
        return id == null ? null : catalogue.category(Integer.parseInt(id)).orElse(null);
    }
}

package io.cloudsync.hub.sandbox.store.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Applies written field values to a product: typed fields, multi-language texts, and the rest as plain values. */
public final class ProductEditor {

    /** Fields a product has but no logic reads: kept as the text written. */
    public static final Set<String> PLAIN_FIELDS = Set.of("new", "location", "isbn", "upc", "mpn", "quantity_discount",
            "cache_is_pack", "cache_has_attachments", "is_virtual", "state", "additional_delivery_times",
            "product_type", "online_only", "ecotax", "minimal_quantity", "low_stock_threshold", "low_stock_alert",
            "unity", "unit_price_ratio", "additional_shipping_cost", "customizable", "text_fields", "uploadable_files",
            "redirect_type", "id_type_redirected", "available_for_order", "available_date", "show_condition",
            "show_price", "indexed", "advanced_stock_management", "pack_stock_type", "id_shop_default");

    private final ShopLanguages languages;

    public ProductEditor(ShopLanguages languages) {
        this.languages = languages;
    }

    /**
     * @throws IllegalArgumentException when the field does not exist or the value does not fit it
     */
    public void apply(Product.Builder product, String field, FieldInput input) {
        String text = input.text().trim();
        switch (field) {
            case "price" -> product.priceMicros = decimal(field, text);
            case "wholesale_price" -> product.wholesalePriceMicros = decimal(field, text);
            case "weight" -> product.weightMicros = decimal(field, text);
            case "width" -> product.widthMicros = decimal(field, text);
            case "height" -> product.heightMicros = decimal(field, text);
            case "depth" -> product.depthMicros = decimal(field, text);
            case "reference" -> product.reference = input.text();
            case "supplier_reference" -> product.supplierReference = input.text();
            case "ean13" -> product.ean13 = text;
            case "condition" -> product.condition = oneOf(field, text, Set.of("new", "used", "refurbished"));
            case "visibility" -> product.visibility = oneOf(field, text, Set.of("both", "catalog", "search", "none"));
            case "active" -> product.active = bool(text);
            case "on_sale" -> product.onSale = bool(text);
            case "id_manufacturer" -> product.manufacturerId = integer(field, text);
            case "id_supplier" -> product.supplierId = integer(field, text);
            case "id_category_default" -> product.defaultCategoryId = integer(field, text);
            case "id_tax_rules_group" -> product.taxRulesGroupId = integer(field, text);
            case "quantity" -> product.staleQuantity = integer(field, text);
            default -> applyOther(product, field, input);
        }
    }

    private void applyOther(Product.Builder product, String field, FieldInput input) {
        var textField = ProductTextField.byName(field);
        if (textField.isPresent()) {
            product.texts = product.texts.with(textField.get(), merge(product.texts, textField.get(), input));
            return;
        }
        if (!PLAIN_FIELDS.contains(field)) {
            throw new IllegalArgumentException("products have no writable field '" + field + "'");
        }
        Map<String, String> extra = new HashMap<>(product.extra);
        extra.put(field, input.text());
        product.extra = extra;
    }

    private Localized merge(ProductTexts texts, ProductTextField field, FieldInput input) {
        String[] values = new String[languages.count()];
        for (Language language : languages.all()) {
            values[language.index()] = texts.get(field, language);
        }
        if (input instanceof FieldInput.PerLanguage perLanguage) {
            perLanguage.values().forEach((languageId, value) -> {
                if (languageId >= 1 && languageId <= values.length) {
                    values[languageId - 1] = value;
                }
            });
        } else {
            java.util.Arrays.fill(values, input.text());
        }
        return Localized.of(values);
    }

    static long decimal(String field, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Micros.of(text.replace(',', '.'));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Validation error: \"" + field + "\" must be a decimal number, got '"
                    + text + "'");
        }
    }

    static int integer(String field, String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Validation error: \"" + field + "\" must be a whole number, got '"
                    + text + "'");
        }
    }

    static boolean bool(String text) {
        return text.equals("1") || text.equalsIgnoreCase("true");
    }

    private static String oneOf(String field, String text, Set<String> allowed) {
        if (!allowed.contains(text)) {
            throw new IllegalArgumentException("Validation error: \"" + field + "\" must be one of " + allowed
                    + ", got '" + text + "'");
        }
        return text;
    }
}

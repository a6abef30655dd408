package io.cloudsync.hub.erp.mapping;

import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.model.Variation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the hub sends Tryton besides its own fields ({@code hub.erp.tryton.mapping-file}, read by
 * {@link TrytonMappingLoader}): per Tryton field of the product template, the variant and the sale, where its value
 * comes from. A template's {@code name} and {@code list_price} may be mapped too (by default the product's name and
 * its price without tax); the other fields the hub relies on are fixed ({@link #FIXED}).
 */
public record TrytonMapping(Map<String, FieldSource> template, Map<String, FieldSource> variant,
                            Map<String, FieldSource> sale) {

    public static final String TEMPLATE = "product-template";
    public static final String VARIANT = "product-variant";
    public static final String SALE = "sale";
    /** The Tryton model each section writes. */
    public static final Map<String, String> MODELS = Map.of(TEMPLATE, "product.template", VARIANT, "product.product",
            SALE, "sale.sale");

    /** The fields the hub sets itself, per section, and why a mapping may not change them. */
    public static final Map<String, Map<String, String>> FIXED = Map.of(
            TEMPLATE, fixed("code", "stays empty, so that a variant's code is its SKU",
                    "type", "is goods, so Tryton keeps stock of it",
                    "default_uom", "is the unit 'Unit': store quantities are units",
                    "sale_uom", "is the unit 'Unit': store quantities are units",
                    "purchase_uom", "is the unit 'Unit': purchase requests count units",
                    "salable", "is true: orders become sales of it",
                    "purchasable", "is true: low stock becomes purchase requests of it",
                    "categories", "holds hub.erp.tryton.category",
                    "account_category", "is the category with accounting purchases need",
                    "active", "follows the store product (inactive or deleted: inactive)",
                    "products", "are the store product's variations"),
            VARIANT, fixed("suffix_code", "is the SKU the hub finds the variant by",
                    "code", "is computed by Tryton from the SKU",
                    "template", "is the store product's template",
                    "active", "follows the store (a variation gone from the store: inactive)",
                    "cost_price", "is the store's cost price"),
            SALE, fixed("reference", "is what the hub finds the sale by (exactly one sale per order)",
                    "party", "is the buyer, found by e-mail or created",
                    "invoice_address", "is the buyer's invoice address",
                    "shipment_address", "is the buyer's shipment address",
                    "company", "is the hub user's company",
                    "warehouse", "is hub.erp.tryton.warehouse",
                    "invoice_method", "is manual: an invoice on confirm needs a chart of accounts",
                    "sale_date", "is the day the order was placed (paid, for a marketplace order)",
                    "lines", "are the order's lines"));

    public TrytonMapping {
        template = Collections.unmodifiableMap(new LinkedHashMap<>(template));
        variant = Collections.unmodifiableMap(new LinkedHashMap<>(variant));
        sale = Collections.unmodifiableMap(new LinkedHashMap<>(sale));
    }

    /** No mapping file: the hub's own fields only. */
    public static TrytonMapping standard() {
        return new TrytonMapping(Map.of(), Map.of(), Map.of());
    }

    /** The template's name: the mapped one, else the product's name. */
    public String name(Product product) {
        FieldValue value = evaluate(template.get("name"), List.of(product));
        return value == null ? product.name() : (String) value.value();
    }

    /** The template's list price: the mapped one, else the product's price without tax. */
    public java.math.BigDecimal listPrice(Product product) {
        FieldValue value = evaluate(template.get("list_price"), List.of(product));
        return value == null ? product.prices().taxExcluded() : (java.math.BigDecimal) value.value();
    }

    /** The template's mapped fields besides name and list price, with a value for this product. */
    public Map<String, FieldValue> templateValues(Product product) {
        return values(template, List.of(product), List.of("name", "list_price"));
    }

    public Map<String, FieldValue> variantValues(Product product, Variation variation) {
        return values(variant, List.of(variation, product), List.of());
    }

    /** The sale's mapped fields for a store order or a marketplace order (its description among them, if mapped). */
    public Map<String, FieldValue> saleValues(Object order) {
        return values(sale, List.of(order), List.of());
    }

    /** The template fields the look-up reads back to compare: the mapped ones besides name and list price. */
    public List<String> templateFields() {
        List<String> fields = new ArrayList<>(template.keySet());
        fields.removeAll(List.of("name", "list_price"));
        return fields;
    }

    public List<String> variantFields() {
        return List.copyOf(variant.keySet());
    }

    private static Map<String, FieldValue> values(Map<String, FieldSource> sources, List<Object> records,
                                                  List<String> skipped) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        sources.forEach((field, source) -> {
            if (!skipped.contains(field)) {
                FieldValue value = source.value(records);
                if (value != null) {
                    values.put(field, value);
                }
            }
        });
        return values;
    }

    private static FieldValue evaluate(FieldSource source, List<Object> records) {
        return source == null ? null : source.value(records);
    }

    private static Map<String, String> fixed(String... pairs) {
        Map<String, String> fixed = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fixed.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(fixed);
    }
}

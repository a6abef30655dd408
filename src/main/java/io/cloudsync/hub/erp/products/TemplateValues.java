package io.cloudsync.hub.erp.products;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.mapping.FieldValue;
import io.cloudsync.hub.erp.tryton.TrytonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The values Tryton gets for a store product: everything on create; on update only the fields whose value in Tryton
 * differs from the mapped one. A template is goods, salable and purchasable in the unit "Unit", in the category
 * of {@code hub.erp.tryton.category} and its account category when Tryton has one. An inactive template has only
 * inactive variants (Tryton's rule), so a product the store deactivated or deleted is deactivated with all its
 * variants in one write, and brought back the same way. The fields the mapping file adds are sent on create and
 * written when Tryton's value differs, like the others.
 */
public final class TemplateValues {

    static final String GOODS = "goods";

    private TemplateValues() {
    }

    /** A new template with a variant per SKU of {@code variants}. */
    public static Map<String, Object> create(MappedTemplate want, List<MappedVariant> variants,
                                             TemplateReferences refs) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", want.name());
        values.put("type", GOODS);
        values.put("default_uom", refs.unit());
        values.put("list_price", TrytonValues.decimal(want.listPrice()));
        values.put("salable", true);
        values.put("sale_uom", refs.unit());
        values.put("purchasable", true);
        values.put("purchase_uom", refs.unit());
        if (refs.hasCategory()) {
            values.put("categories", List.of(List.of("add", List.of(refs.category()))));
        }
        if (refs.hasAccountCategory()) {
            values.put("account_category", refs.accountCategory());
        }
        values.put("active", want.active());
        want.fields().forEach((field, value) -> values.put(field, value.json()));
        values.put("products", List.of(List.of("create", variants.stream()
                .map(variant -> variant(variant, want.active(), -1)).toList())));
        return values;
    }

    /** A variant; {@code template} -1 when it is created inside its template's create. */
    public static Map<String, Object> variant(MappedVariant variant, boolean active, long template) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (template > 0) {
            values.put("template", template);
        }
        values.put("suffix_code", variant.sku());
        if (variant.costPrice() != null) {
            values.put("cost_price", TrytonValues.decimal(variant.costPrice()));
        }
        values.put("active", active);
        variant.fields().forEach((field, value) -> values.put(field, value.json()));
        return values;
    }

    /**
     * What to write on {@code have} so that it matches {@code want} (empty: nothing differs). Its variants whose code
     * is not in {@code wanted} are gone from the store and deactivated. A deleted product only deactivates.
     */
    public static Map<String, Object> changes(MappedTemplate want, boolean deleted, TrytonTemplate have,
                                              Set<String> wanted, TemplateReferences refs) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean active = !deleted && want.active();
        if (!deleted) {
            if (!want.name().equals(have.name())) {
                values.put("name", want.name());
            }
            if (have.listPrice() == null || want.listPrice().compareTo(have.listPrice()) != 0) {
                values.put("list_price", TrytonValues.decimal(want.listPrice()));
            }
            differs(values, "type", GOODS, have.type());
            differs(values, "salable", true, have.salable());
            differs(values, "sale_uom", refs.unit(), have.saleUom());
            differs(values, "purchasable", true, have.purchasable());
            differs(values, "purchase_uom", refs.unit(), have.purchaseUom());
            if (refs.hasCategory() && !have.categories().contains(refs.category())) {
                values.put("categories", List.of(List.of("add", List.of(refs.category()))));
            }
            if (refs.hasAccountCategory()) {
                differs(values, "account_category", refs.accountCategory(), have.accountCategory());
            }
            differing(values, want.fields(), have.mapped());
        }
        differs(values, "active", active, have.active());
        List<Object> variantWrites = new ArrayList<>();
        for (TrytonVariant variant : have.variants()) {
            boolean keep = active && wanted.contains(variant.code());
            Map<String, Object> variantValues = new LinkedHashMap<>();
            if (keep && !deleted) {
                java.util.Optional<MappedVariant> wantedVariant = want.variants().stream()
                        .filter(v -> v.sku().equals(variant.code())).findFirst();
                wantedVariant.map(MappedVariant::costPrice)
                        .filter(cost -> variant.costPrice() == null || cost.compareTo(variant.costPrice()) != 0)
                        .ifPresent(cost -> variantValues.put("cost_price", TrytonValues.decimal(cost)));
                wantedVariant.ifPresent(v -> differing(variantValues, v.fields(), variant.mapped()));
            }
            differs(variantValues, "active", keep, variant.active());
            if (!variantValues.isEmpty()) {
                variantWrites.add(List.of("write", List.of(variant.id()), variantValues));
            }
        }
        if (!variantWrites.isEmpty()) {
            values.put("products", variantWrites);
        }
        return values;
    }

    /** The mapped fields whose value Tryton does not hold yet. */
    private static void differing(Map<String, Object> values, Map<String, FieldValue> want,
                                     Map<String, JsonNode> have) {
        want.forEach((field, value) -> {
            if (!value.sameAs(have.get(field))) {
                values.put(field, value.json());
            }
        });
    }

    private static void differs(Map<String, Object> values, String field, Object want, Object have) {
        if (!Objects.equals(want, have)) {
            values.put(field, want);
        }
    }
}

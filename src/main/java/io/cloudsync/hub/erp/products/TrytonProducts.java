package io.cloudsync.hub.erp.products;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Tryton holds for the SKUs of a change set: one {@code search_read} of product.product for every variant of
 * every template that has one of the codes (inactive ones included), with the template's fields read through it.
 */
public final class TrytonProducts {

    static final List<String> FIELDS = List.of("code", "active", "cost_price", "template", "template.name",
            "template.list_price", "template.active", "template.type", "template.salable", "template.sale_uom",
            "template.purchasable", "template.purchase_uom", "template.categories", "template.account_category");

    private final Map<String, TrytonVariant> byCode;
    private final Map<Long, TrytonTemplate> templates;

    private TrytonProducts(Map<String, TrytonVariant> byCode, Map<Long, TrytonTemplate> templates) {
        this.byCode = byCode;
        this.templates = templates;
    }

    /** The look-up: every variant of a template that has one of {@code codes}, inactive ones too. */
    public static TrytonCall lookup(Collection<String> codes) {
        return lookup(codes, List.of(), List.of());
    }

    /** The look-up, reading back the template and variant fields the mapping file adds too. */
    public static TrytonCall lookup(Collection<String> codes, List<String> templateFields, List<String> variantFields) {
        List<String> fields = new ArrayList<>(FIELDS);
        variantFields.stream().filter(field -> !fields.contains(field)).forEach(fields::add);
        templateFields.stream().map(field -> "template." + field).filter(field -> !fields.contains(field))
                .forEach(fields::add);
        return TrytonCall.model("product.product", "search_read", Map.of("active_test", false),
                List.of(List.of("template.products.code", "in", List.copyOf(codes))), 0, null, null, fields);
    }

    public static TrytonProducts of(JsonNode rows) {
        return of(rows, List.of(), List.of());
    }

    /**
     * The look-up's result: rows of product.product with their template nested under {@code "template."}, with the
     * values of the mapped fields.
     */
    public static TrytonProducts of(JsonNode rows, List<String> templateFields, List<String> variantFields) {
        Map<String, TrytonVariant> byCode = new LinkedHashMap<>();
        Map<Long, TrytonTemplate> templates = new LinkedHashMap<>();
        if (rows != null) {
            for (JsonNode row : rows) {
                long templateId = TrytonValues.id(row.get("template"));
                TrytonVariant variant = new TrytonVariant(row.path("id").asLong(), row.path("code").asText(""),
                        TrytonValues.bool(row.get("active")), TrytonValues.decimal(row.get("cost_price")), templateId,
                        mapped(row, variantFields));
                if (!variant.code().isEmpty()) {
                    byCode.put(variant.code(), variant);
                }
                TrytonTemplate template = templates.get(templateId);
                templates.put(templateId, template == null ? template(templateId, row.path("template."), variant,
                        templateFields)
                        : template.withVariant(variant));
            }
        }
        return new TrytonProducts(byCode, templates);
    }

    public static TrytonProducts none() {
        return new TrytonProducts(Map.of(), Map.of());
    }

    public Optional<TrytonVariant> variant(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public TrytonTemplate template(long id) {
        return templates.get(id);
    }

    public int size() {
        return byCode.size();
    }

    private static Map<String, JsonNode> mapped(JsonNode row, List<String> fields) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field, row.path(field)));
        return values;
    }

    private static TrytonTemplate template(long id, JsonNode template, TrytonVariant variant, List<String> fields) {
        List<Long> categories = new ArrayList<>();
        template.path("categories").forEach(category -> categories.add(category.asLong()));
        return new TrytonTemplate(id, template.path("name").asText(""),
                TrytonValues.decimal(template.get("list_price")), TrytonValues.bool(template.get("active")),
                template.path("type").asText(""), TrytonValues.bool(template.get("salable")),
                TrytonValues.id(template.get("sale_uom")), TrytonValues.bool(template.get("purchasable")),
                TrytonValues.id(template.get("purchase_uom")), categories,
                TrytonValues.id(template.get("account_category")), List.of(variant), mapped(template, fields));
    }
}

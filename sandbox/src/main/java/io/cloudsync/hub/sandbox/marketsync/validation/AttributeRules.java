package io.cloudsync.hub.sandbox.marketsync.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Category;
import io.cloudsync.hub.sandbox.marketsync.catalogue.CategoryAttribute;
import io.cloudsync.hub.sandbox.marketsync.model.Attribute;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code atributos} of a product: {@code [{atributo_id, valor}]} ({@code atributo} accepted as the key too),
 * keys and values at most 50 characters, no key twice, no variation attribute, and every mandatory product
 * attribute of the category present once merged with what the product already has.
 */
final class AttributeRules {

    static final int MAX_LENGTH = 50;
    private static final String COLUMN = ProductColumn.ATRIBUTOS;

    List<Attribute> read(ItemCheck check, Category category, List<Attribute> existing) {
        JsonNode array = check.node(COLUMN);
        if (!array.isArray()) {
            check.violation(COLUMN, "must be an array of {atributo_id, valor}");
            return List.of();
        }
        Map<String, String> merged = new LinkedHashMap<>();
        existing.forEach(a -> merged.put(a.atributo(), a.valor()));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Attribute attribute = readOne(check, array.get(i), i);
            if (attribute == null) {
                continue;
            }
            if (sent.contains(attribute.atributo())) {
                check.violation(COLUMN, attribute.atributo() + " appears twice");
                continue;
            }
            sent.add(attribute.atributo());
            if (category != null && category.attribute(attribute.atributo()).filter(CategoryAttribute::ofVariation)
                    .isPresent()) {
                check.violation(COLUMN, attribute.atributo() + " is a variation attribute of category "
                        + category.id() + " (variacion 1): send it with the variation");
                continue;
            }
            merged.put(attribute.atributo(), attribute.valor());
        }
        if (category != null) {
            String missing = category.mandatoryProductAttributes().stream().map(CategoryAttribute::atributo)
                    .filter(key -> !merged.containsKey(key)).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                check.violation(COLUMN, "missing mandatory attribute(s) " + missing + " of category "
                        + category.id() + " (relevancia 1)");
            }
        }
        return merged.entrySet().stream().map(e -> new Attribute(e.getKey(), e.getValue())).toList();
    }

    /** One {@code {atributo, valor}} pair of a variation (no category rules apply there). */
    static List<Attribute> readVariationAttributes(ItemCheck check) {
        JsonNode array = check.node(COLUMN);
        if (!array.isArray()) {
            check.violation(COLUMN, "must be an array of {atributo, valor}");
            return List.of();
        }
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Attribute attribute = readOne(check, array.get(i), i);
            if (attribute != null) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    private static Attribute readOne(ItemCheck check, JsonNode entry, int index) {
        if (!entry.isObject()) {
            check.violation(COLUMN, "[" + index + "] must be an object {atributo_id, valor}");
            return null;
        }
        String key = entry.hasNonNull("atributo_id") ? entry.path("atributo_id").asText()
                : entry.path("atributo").asText("");
        String value = entry.path("valor").isNull() ? "" : entry.path("valor").asText("");
        if (key.isBlank()) {
            check.violation(COLUMN, "[" + index + "] has no atributo_id");
            return null;
        }
        if (key.length() > MAX_LENGTH) {
            check.violation(COLUMN, "[" + index + "] atributo_id longer than " + MAX_LENGTH + " characters ("
                    + key.length() + ")");
            return null;
        }
        if (value.isBlank()) {
            check.violation(COLUMN, key + " has no valor");
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            check.violation(COLUMN, key + " valor longer than " + MAX_LENGTH + " characters (" + length + ")");
            return null;
        }
        return new Attribute(key, value);
    }
}

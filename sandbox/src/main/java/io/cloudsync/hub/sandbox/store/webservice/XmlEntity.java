package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.util.List;
import java.util.Map;

/**
 * One entity of a written body ({@code <prestashop><product>…</product></prestashop>}): its fields (multi-language
 * ones per language id) and its associations (entries of named values).
 */
record XmlEntity(String node, Map<String, FieldInput> fields, Map<String, List<Map<String, String>>> associations) {

    XmlEntity {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        associations = Map.copyOf(associations);
    }

    /** The {@code <id>} of the body; null when absent or blank. */
    Integer id() {
        FieldInput id = fields.get("id");
        if (id == null || id.text().isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(id.text().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    boolean has(String field) {
        return fields.containsKey(field);
    }

    String text(String field) {
        FieldInput input = fields.get(field);
        return input == null ? "" : input.text().trim();
    }
}

package io.cloudsync.hub.sandbox.store.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.ShopLanguages;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field values of the control API's JSON: {@code "price": "12.5"} (strings, numbers, booleans as text) or, for a
 * multi-language field, {@code "name": {"es": "…", "en": "…"}} (ISO codes or language ids).
 */
final class FieldValues {

    private FieldValues() {
    }

    static Map<String, FieldInput> of(JsonNode fields, ShopLanguages languages) {
        Map<String, FieldInput> values = new LinkedHashMap<>();
        if (fields == null || fields.isNull() || fields.isMissingNode()) {
            return values;
        }
        if (!fields.isObject()) {
            throw new IllegalArgumentException("fields must be a JSON object");
        }
        Iterator<Map.Entry<String, JsonNode>> entries = fields.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            values.put(entry.getKey(), value(entry.getKey(), entry.getValue(), languages));
        }
        return values;
    }

    private static FieldInput value(String field, JsonNode node, ShopLanguages languages) {
        if (node.isObject()) {
            Map<Integer, String> perLanguage = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                Language language = entry.getKey().matches("\\d+") ? languages.byId(Long.parseLong(entry.getKey()))
                        : languages.byIso(entry.getKey());
                if (language == null) {
                    throw new IllegalArgumentException("field '" + field + "': the shop has no language '"
                            + entry.getKey() + "' (it has " + languages.isoCodes() + ")");
                }
                perLanguage.put(language.id(), entry.getValue().asText());
            }
            return new FieldInput.PerLanguage(perLanguage);
        }
        if (node.isBoolean()) {
            return FieldInput.of(node.booleanValue() ? "1" : "0");
        }
        if (node.isArray() || node.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' needs a text, a number or a per-language object");
        }
        return FieldInput.of(node.asText());
    }
}

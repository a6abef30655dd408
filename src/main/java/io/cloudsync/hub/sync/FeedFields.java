package io.cloudsync.hub.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A canonical record as the sync API shows it: the same fields with snake_case names ({@code customerId} →
 * {@code customer_id}), like the rest of the API. Fields that carry secrets in PrestaShop ({@code passwd},
 * {@code secure_key}) are dropped whatever the record, although no canonical record has them: the customer
 * ingest never even asks for them.
 */
final class FeedFields {

    static final Set<String> NEVER_SERVED = Set.of("passwd", "password", "secure_key", "reset_password_token");

    private FeedFields() {
    }

    static JsonNode snakeCase(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = snakeCase(field.getKey());
                if (!NEVER_SERVED.contains(name)) {
                    out.set(name, snakeCase(field.getValue()));
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(snakeCase(item)));
            return out;
        }
        return node;
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

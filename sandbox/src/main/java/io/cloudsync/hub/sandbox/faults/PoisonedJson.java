package io.cloudsync.hub.sandbox.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Breaks the JSON of chosen records in a store answer ({@code malformedIds}): a record whose content the shop
 * cannot encode (a broken override, a stray byte in a description) spoils every answer that holds it, on every
 * read. Records of the answer's list ({@code {"products":[…]}}) or the single record ({@code {"product":{…}}}) are
 * broken when their id is chosen and they carry more than their id: an id-only list ({@code display=[id]}) stays
 * readable, as it does in a real shop whose broken field is not asked for.
 */
public final class PoisonedJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PoisonedJson() {
    }

    /** The answer with the chosen records broken; unchanged when it holds none of them (or is not JSON). */
    public static byte[] apply(byte[] body, Set<Long> ids) {
        if (ids.isEmpty() || body.length == 0 || body[0] != '{') {
            return body;
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException notJson) {
            return body;
        }
        StringBuilder out = new StringBuilder("{");
        boolean poisoned = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            out.append(JSON.valueToTree(field.getKey()).toString()).append(':');
            JsonNode value = field.getValue();
            if (value.isArray()) {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    poisoned |= write(out, value.get(i), ids);
                }
                out.append(']');
            } else {
                poisoned |= write(out, value, ids);
            }
            out.append(it.hasNext() ? "," : "");
        }
        out.append('}');
        return poisoned ? out.toString().getBytes(StandardCharsets.UTF_8) : body;
    }

    private static boolean write(StringBuilder out, JsonNode record, Set<Long> ids) {
        String json = record.toString();
        boolean chosen = record.isObject() && record.size() > 1 && ids.contains(record.path("id").asLong(-1));
        if (!chosen) {
            out.append(json);
            return false;
        }
        // a value cut short, as a shop that fails mid-record sends it: no parser reads past it
        out.append(json, 0, json.length() - 1).append(",\"description\":\"\u00ab broken \\x");
        out.append('}');
        return true;
    }
}

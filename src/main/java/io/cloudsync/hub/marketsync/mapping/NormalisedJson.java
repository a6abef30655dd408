package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON text of a value: object keys sorted, no spaces, decimals without trailing zeros and never in
 * exponent form ({@code 599.00} and {@code 599} are the same price). Equal content gives equal text, so equal
 * hashes, whatever the key order it was built in.
 */
public final class NormalisedJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private NormalisedJson() {
    }

    public static String of(Object value) {
        try {
            return JSON.writeValueAsString(canonical(JSON.valueToTree(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write canonical JSON", e);
        }
    }

    /** A JSON object as a map of plain Java values (what {@link #of} wrote, or what a ledger stored). */
    public static Map<String, Object> toMap(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode tree(Object value) {
        return canonical(JSON.valueToTree(value));
    }

    private static JsonNode canonical(JsonNode node) {
        if (node == null) {
            return NODES.nullNode();
        }
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            ObjectNode sorted = NODES.objectNode();
            names.forEach(name -> sorted.set(name, canonical(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(element -> array.add(canonical(element)));
            return array;
        }
        if (node.isNumber()) {
            if (node.isIntegralNumber()) {
                return NODES.numberNode(node.bigIntegerValue());
            }
            java.math.BigDecimal value = node.decimalValue().stripTrailingZeros();
            return value.scale() <= 0 ? NODES.numberNode(value.toBigIntegerExact()) : NODES.numberNode(value);
        }
        return node;
    }
}

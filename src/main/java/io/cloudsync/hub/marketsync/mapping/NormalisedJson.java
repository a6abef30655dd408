package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
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
            if (isPlain(value)) {
                // the aspects' maps: written straight, as the tree would write them, without building the tree
                SegmentedStringWriter text = new SegmentedStringWriter(JSON.getFactory()._getBufferRecycler());
                try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
                    write(value, out);
                }
                return text.getAndClear();
            }
            return JSON.writeValueAsString(canonical(JSON.valueToTree(value)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write canonical JSON", e);
        }
    }

    /** Only strings, whole numbers, decimals, booleans, nulls, lists and string-keyed maps of these. */
    static boolean isPlain(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Boolean) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !isPlain(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!isPlain(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** What {@link #canonical} makes of a plain value, written as the tree's serialiser writes it. */
    private static void write(Object value, JsonGenerator out) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Integer number) {
            out.writeNumber(number.intValue());
        } else if (value instanceof Long number) {
            out.writeNumber(number.longValue());
        } else if (value instanceof BigInteger number) {
            out.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() <= 0) {
                out.writeNumber(stripped.toBigIntegerExact());
            } else {
                out.writeNumber(stripped);
            }
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Map<?, ?> map) {
            List<String> names = new ArrayList<>(map.size());
            map.keySet().forEach(name -> names.add((String) name));
            names.sort(null);
            out.writeStartObject();
            for (String name : names) {
                out.writeFieldName(name);
                write(map.get(name), out);
            }
            out.writeEndObject();
        } else {
            out.writeStartArray();
            for (Object element : (List<?>) value) {
                write(element, out);
            }
            out.writeEndArray();
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
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return value.scale() <= 0 ? NODES.numberNode(value.toBigIntegerExact()) : NODES.numberNode(value);
        }
        return node;
    }
}

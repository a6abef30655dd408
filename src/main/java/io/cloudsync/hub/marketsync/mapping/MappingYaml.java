package io.cloudsync.hub.marketsync.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a Jackson tree plus the line of every key, by path ({@code defaults.listingType},
 * {@code sizeGroups[1]}), so problems can name where they are. A key written twice is reported, not silently
 * overwritten as plain Jackson would.
 */
record MappingYaml(JsonNode tree, Map<String, Integer> lines, List<String> duplicateKeys) {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static MappingYaml parse(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode tree = first == null ? NODES.missingNode() : read(parser, "", lines, duplicates);
            return new MappingYaml(tree, lines, duplicates);
        }
    }

    /** The line of the key at {@code path}, or of its closest parent that has one; 0 when unknown. */
    int lineOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut <= 0 ? "" : current.substring(0, cut);
        }
        return lines.getOrDefault("", 0);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, Integer> lines, List<String> duplicates)
            throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    parser.nextToken();
                    String childPath = child(path, name);
                    if (object.has(name)) {
                        duplicates.add(childPath);
                    }
                    lines.put(childPath, keyLine);
                    object.set(name, read(parser, childPath, lines, duplicates));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "[" + index++ + "]", lines, duplicates));
                }
                return array;
            }
            case VALUE_NUMBER_INT:
                return NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(parser.getText());
        }
    }
}

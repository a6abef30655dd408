package io.cloudsync.hub.config;

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
 * A YAML file an integrator edits (a route file, the mapping), as a Jackson tree plus the line of every key by
 * path ({@code $[0].route.from.uri} under root {@code $}; {@code defaults.listingType} under root {@code ""}),
 * so a problem can say where it is. A key written twice is reported, not silently overwritten as plain Jackson
 * would.
 */
public record YamlDocument(JsonNode tree, Map<String, Integer> lines, List<String> duplicateKeys, String root) {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public YamlDocument {
        lines = Map.copyOf(lines);
        duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** @param root the path of the document itself ({@code $} as JSON-path tools name it, or {@code ""}) */
    public static YamlDocument parse(String text, String root) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode tree = first == null ? NODES.nullNode() : read(parser, root, lines, duplicates);
            return new YamlDocument(tree, lines, duplicates, root);
        }
    }

    /** The line of the key at {@code path}, or of its closest parent that has one; 0 when the file is empty. */
    public int lineOf(String path) {
        String current = path;
        while (!current.equals(root) && !current.isEmpty()) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut <= 0 ? root : current.substring(0, cut);
        }
        return lines.getOrDefault(root, 0);
    }

    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, Integer> lines, List<String> duplicates)
            throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        switch (parser.currentToken()) {
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

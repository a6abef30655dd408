package io.cloudsync.hub.marketsync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a successful envelope {@code {answer, timestamp}} as a stream, keeping only the {@link AnswerFields} a
 * caller reads. Anything out of the ordinary (not an object, no {@code answer}, an answer with an {@code error},
 * a field given twice, JSON that does not parse) gives {@code null}: the caller then reads the envelope whole, so
 * every error text stays as it was.
 */
final class AnswerReader {

    private final ObjectMapper json;

    AnswerReader(ObjectMapper json) {
        this.json = json;
    }

    /** The envelope with the answer read as far as {@code fields} say (not {@link AnswerFields#ALL}); see above. */
    MarketSyncClient.Answered read(String body, AnswerFields fields) {
        if (fields.all()) {
            throw new IllegalArgumentException("an answer needed whole is read as a tree, not here");
        }
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonNode answer = null;
            String timestamp = null;
            boolean timestampSeen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("answer")) {
                    if (answer != null) {
                        return null;
                    }
                    answer = answer(parser, value, fields);
                    if (answer == null) {
                        return null;
                    }
                } else if (name.equals("timestamp")) {
                    if (timestampSeen) {
                        return null;
                    }
                    timestampSeen = true;
                    timestamp = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    parser.skipChildren();
                } else {
                    parser.skipChildren();
                }
            }
            return answer == null ? null : new MarketSyncClient.Answered(answer, timestamp);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The answer as far as it is read; null when it is an object with an {@code error}. Only partial reads come here
     * ({@link MarketSyncClient} reads an answer it needs whole as a tree).
     */
    private JsonNode answer(JsonParser parser, JsonToken value, AnswerFields fields) throws IOException {
        if (value == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (parser.currentName().equals("error")) {
                    return null;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return MissingNode.getInstance();
        }
        if (value != JsonToken.START_ARRAY || fields.ofEachItem().isEmpty()) {
            parser.skipChildren();
            return MissingNode.getInstance();
        }
        ArrayNode items = json.createArrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(parser.currentToken() == JsonToken.START_OBJECT ? item(parser, fields) : tree(parser));
        }
        return items;
    }

    /** The wanted fields of one object of the answer's list (a field given twice: the last, as in a tree). */
    private ObjectNode item(JsonParser parser, AnswerFields fields) throws IOException {
        ObjectNode item = json.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (fields.ofEachItem().contains(name)) {
                item.set(name, tree(parser));
            } else {
                parser.skipChildren();
            }
        }
        return item;
    }

    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonNode value = parser.readValueAsTree();
        return value == null ? NullNode.getInstance() : value;
    }
}

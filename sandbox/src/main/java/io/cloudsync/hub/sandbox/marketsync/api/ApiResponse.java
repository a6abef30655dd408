package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a controller answers: the {@code answer} of the envelope (status 200). */
public record ApiResponse(JsonNode answer) {

    public static final String NOTHING_MODIFIED = "No data was modified.";

    /** A message answer: {@code {"result": text}}. */
    public static ApiResponse result(String text) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("result", text);
        return new ApiResponse(answer);
    }

    public static ApiResponse nothingModified() {
        return result(NOTHING_MODIFIED);
    }
}

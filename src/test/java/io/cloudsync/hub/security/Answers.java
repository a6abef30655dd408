package io.cloudsync.hub.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;

/** What the attack tests make of the hub's answers. */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Answers() {
    }

    static boolean isJson(String body) {
        try {
            JSON.readTree(body);
            return !body.isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    /** A 4xx with a JSON error, or a 200 with no more records than the same call without the payload. */
    static boolean harmless(HttpResponse<String> answer, HttpResponse<String> baseline) throws IOException {
        int status = answer.statusCode();
        if (status >= 400 && status < 500) {
            return isJson(answer.body()) && JSON.readTree(answer.body()).has("error");
        }
        if (status == 200) {
            return !isJson(answer.body()) || !isJson(baseline.body())
                    ? answer.body().length() <= baseline.body().length()
                    : records(JSON.readTree(answer.body())) <= records(JSON.readTree(baseline.body()));
        }
        return false;
    }

    /** Elements of every array in the document, nested ones included. */
    static int records(JsonNode node) {
        int count = node.isArray() ? node.size() : 0;
        for (JsonNode child : node) {
            count += records(child);
        }
        return count;
    }

    /**
     * The product write answers each item on its own: a well-formed body whose items are all refused as invalid
     * (200, nothing updated) is refused, as the API documents.
     */
    static boolean everyItemInvalid(HttpResponse<String> answer) throws IOException {
        if (answer.statusCode() != 200 || !isJson(answer.body())) {
            return false;
        }
        JsonNode body = JSON.readTree(answer.body());
        return body.path("updated").asInt(-1) == 0 && !body.path("results").isEmpty()
                && StreamSupport.stream(body.path("results").spliterator(), false)
                        .allMatch(result -> result.path("status").asText().equals("invalid"));
    }

    /** Status and the start of the body, for the report of an attack that got through. */
    static String seen(HttpResponse<String> answer) {
        String body = answer.body();
        return answer.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}

package io.cloudsync.hub.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An operation of the hub's OpenAPI document: method, path template, the scopes its security requirement names
 * and its query and path parameters. Read from the served document, so an endpoint added later is attacked too.
 */
record ApiOperation(String method, String path, Set<String> scopes, List<String> query, List<String> pathParameters) {

    /** Every operation of the document, except the test harness's own (one waits on a gate, one fails on purpose). */
    static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/v1/test/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                Set<String> scopes = new TreeSet<>();
                method.getValue().path("security").forEach(requirement -> requirement.forEach(
                        list -> list.forEach(scope -> scopes.add(scope.asText()))));
                List<String> query = new ArrayList<>();
                List<String> pathParameters = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    switch (parameter.path("in").asText()) {
                        case "query" -> query.add(parameter.path("name").asText());
                        case "path" -> pathParameters.add(parameter.path("name").asText());
                        default -> { }
                    }
                }
                operations.add(new ApiOperation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), scopes, query,
                        pathParameters));
            }
        }
        return operations;
    }

    /** The path with a valid value for each parameter ({@code {type}} a report type, any other 1). */
    String filledPath() {
        return path.replace("{type}", "sales").replaceAll("\\{[^}]+}", "1");
    }

    /** The path with {@code value} (already URL-encoded) for one parameter and valid values for the others. */
    String filledPath(String parameter, String value) {
        return new ApiOperation(method, path.replace("{" + parameter + "}", value), scopes, query, pathParameters)
                .filledPath();
    }

    /** Every query and path parameter. */
    List<String> parameters() {
        List<String> all = new ArrayList<>(query);
        all.addAll(pathParameters);
        return all;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}

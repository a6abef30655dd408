package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A signed request that reached a controller: verb, controller, section, the call's own query parameters (the
 * authentication parameters removed) and the JSON body ({@code null} when none). Controllers note the SKUs the
 * request names with {@link #touch}; the request log reads them once the answer is written.
 */
public final class ApiRequest {

    public static final int MAX_ITEMS = 100;

    private final String verb;
    private final String controller;
    private final String section;
    private final Map<String, String> params;
    private final JsonNode body;
    private final List<String> touched = new ArrayList<>();

    public ApiRequest(String verb, String controller, String section, Map<String, String> params, JsonNode body) {
        this.verb = verb;
        this.controller = controller;
        this.section = section;
        this.params = Map.copyOf(params);
        this.body = body;
    }

    public String verb() {
        return verb;
    }

    public String controller() {
        return controller;
    }

    public String section() {
        return section;
    }

    public Map<String, String> params() {
        return params;
    }

    public JsonNode body() {
        return body;
    }

    /** The items of a batch: the body's array (an object counts as one item), at most {@value #MAX_ITEMS}. */
    public List<JsonNode> items() {
        if (body == null || !(body.isArray() || body.isObject())) {
            throw ApiError.badRequest("Error the body must be a JSON array of items");
        }
        if (body.isObject()) {
            return List.of(body);
        }
        if (body.isEmpty()) {
            throw ApiError.badRequest("Error the body holds no items");
        }
        if (body.size() > MAX_ITEMS) {
            throw ApiError.badRequest("Error batch of " + body.size() + " items exceeds the limit of " + MAX_ITEMS
                    + " items per call");
        }
        List<JsonNode> items = new ArrayList<>(body.size());
        body.forEach(items::add);
        return items;
    }

    /** A single-object body (a one-item array is accepted too). */
    public JsonNode object() {
        if (body != null && body.isArray() && body.size() == 1) {
            return body.get(0);
        }
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("Error the body must be a JSON object");
        }
        return body;
    }

    public Optional<String> param(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A comma-separated parameter ({@code ids=1,2,3}) as its non-blank parts. */
    public List<String> listParam(String name) {
        return param(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList()).orElse(List.of());
    }

    public List<Long> idsParam(String name) {
        return listParam(name).stream().map(part -> {
            try {
                return Long.parseLong(part);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Error invalid parameter " + name + ": '" + part + "' is not an id");
            }
        }).toList();
    }

    public int intParam(String name, int defaultValue, int max) {
        Optional<String> value = param(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < 0 || parsed > max) {
                throw ApiError.badRequest("Error invalid parameter " + name + ": " + parsed + " is not between 0 and "
                        + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Error invalid parameter " + name + ": '" + value.get() + "' is not a number");
        }
    }

    public void touch(String sku) {
        if (sku != null) {
            touched.add(sku);
        }
    }

    public List<String> touched() {
        return List.copyOf(touched);
    }
}

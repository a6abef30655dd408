package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;

/** A read-only catalogue answered as a fixed list: {@code colores}, {@code paises}. */
final class ListController implements Controller {

    private final String name;
    private final JsonNode list;

    ListController(String name, JsonNode list) {
        this.name = name;
        this.list = list;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(String verb, String section) {
        return verb.equals("GET") && section.isEmpty();
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return new ApiResponse(list);
    }
}

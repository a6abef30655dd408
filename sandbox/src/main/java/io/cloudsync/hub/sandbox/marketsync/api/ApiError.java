package io.cloudsync.hub.sandbox.marketsync.api;

import com.fasterxml.jackson.databind.JsonNode;

/** A request MarketSync refuses: the HTTP status and the text that goes into {@code answer.error}. */
public final class ApiError extends RuntimeException {

    private final int status;
    private final transient JsonNode detail;

    public ApiError(int status, String message, JsonNode detail) {
        super(message, null, false, false);
        this.status = status;
        this.detail = detail;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message, null);
    }

    public static ApiError notFound() {
        return new ApiError(404, "Method is not allowed or does not exists.", null);
    }

    public int status() {
        return status;
    }

    /** Extra structured detail placed next to {@code error} in the answer ({@code null} for none). */
    public JsonNode detail() {
        return detail;
    }
}

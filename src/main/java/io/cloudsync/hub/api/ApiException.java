package io.cloudsync.hub.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, with the HTTP status, the error code and a message for a person; the API's error
 * route turns it into {@code {"error": code, "message": message}} and the given response headers. The message
 * never holds a secret (a token, a client secret): it is sent to the caller and logged.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final Map<String, String> headers;
    private final String parameter;

    public ApiException(int status, String error, String message) {
        this(status, error, message, Map.of());
    }

    public ApiException(int status, String error, String message, Map<String, String> headers) {
        this(status, error, message, headers, null);
    }

    private ApiException(int status, String error, String message, Map<String, String> headers, String parameter) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
        this.parameter = parameter;
    }

    /** A 400 for one request parameter: the answer names it in {@code parameter} as well as in the message. */
    public static ApiException invalidParameter(String parameter, String message) {
        return new ApiException(400, "invalid_request", message, Map.of(), parameter);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "invalid_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The parameter at fault, or null. */
    public String parameter() {
        return parameter;
    }

    /** The JSON body: {@code error} and {@code message}, and {@code parameter} when one parameter is at fault. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", getMessage());
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return body;
    }
}

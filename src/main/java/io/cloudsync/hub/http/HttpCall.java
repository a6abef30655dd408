package io.cloudsync.hub.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One outbound HTTP request. {@code url} carries the query string already encoded. {@code redactedUrl} is what
 * may appear in logs and error texts (no keys, tokens or signatures).
 */
public record HttpCall(String method, String url, String redactedUrl, Map<String, String> headers, String body) {

    public HttpCall {
        headers = Map.copyOf(headers);
    }

    public static HttpCall get(String url, String redactedUrl, Map<String, String> headers) {
        return new HttpCall("GET", url, redactedUrl, headers, null);
    }

    public HttpCall withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpCall(method, url, redactedUrl, copy, body);
    }

    @Override
    public String toString() {
        return method + " " + redactedUrl;
    }
}

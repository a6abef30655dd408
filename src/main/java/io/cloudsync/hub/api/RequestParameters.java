package io.cloudsync.hub.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The query (and path) parameters of a request, taken from the message headers the HTTP server filled, as the
 * report and feed services want them: names to texts, only those asked for. A parameter sent more than once is a
 * 400 naming it. Values are taken as they are: never evaluated, unquoted or split.
 */
final class RequestParameters {

    private RequestParameters() {
    }

    static Map<String, String> of(Map<String, Object> headers, String... names) {
        Map<String, String> parameters = new HashMap<>();
        if (headers == null) {
            return parameters;
        }
        for (String name : names) {
            String value = one(name, headers.get(name));
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    static String one(String name, Object value) {
        if (value instanceof Collection<?> values) {
            if (values.size() > 1) {
                throw ApiException.invalidParameter(name, name + " is given " + values.size() + " times; give it once");
            }
            return values.isEmpty() ? null : one(name, values.iterator().next());
        }
        return value == null ? null : value.toString();
    }
}

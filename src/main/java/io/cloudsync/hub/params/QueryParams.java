package io.cloudsync.hub.params;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed reading of query parameters (the HTTP layer passes them as a map of names to values): a value that does
 * not fit throws an {@link InvalidParameterException} naming the parameter and what was expected. A blank value
 * counts as absent.
 */
public final class QueryParams {

    private final Map<String, String> values;

    public QueryParams(Map<String, String> values) {
        this.values = values == null ? Map.of() : Map.copyOf(withoutNulls(values));
    }

    public static QueryParams of(Map<String, String> values) {
        return new QueryParams(values);
    }

    public Optional<String> text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException(name, name + " must be a whole number from " + min + " to " + max
                + ", got '" + text.get() + "'");
    }

    /** One of the allowed words (case-insensitive), in lower case; {@code fallback} when absent. */
    public String oneOf(String name, String fallback, Set<String> allowed) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        String value = text.get().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw new InvalidParameterException(name, name + " must be one of " + String.join(", ",
                    allowed.stream().sorted().toList()) + ", got '" + text.get() + "'");
        }
        return value;
    }

    /** A comma-separated list of positive ids ({@code 3,17,42}), at most {@code max}; empty when absent. */
    public List<Long> ids(String name, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.get().split(",")) {
            String id = part.trim();
            if (!id.matches("[1-9]\\d{0,17}")) {
                throw new InvalidParameterException(name, name + " must be a comma-separated list of positive ids,"
                        + " got '" + part.trim() + "'");
            }
            ids.add(Long.parseLong(id));
        }
        if (ids.size() > max) {
            throw new InvalidParameterException(name, name + " holds " + ids.size() + " ids; at most " + max
                    + " at once");
        }
        return new ArrayList<>(ids);
    }

    private static Map<String, String> withoutNulls(Map<String, String> values) {
        Map<String, String> copy = new java.util.HashMap<>();
        values.forEach((name, value) -> {
            if (name != null && value != null) {
                copy.put(name, value);
            }
        });
        return copy;
    }
}

package io.cloudsync.hub.sandbox.store.webservice;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code display} parameter: {@code full}, {@code minimum} (ids only, the list default), or
 * {@code [field,…,association[sub,…]]}.
 */
record Display(Mode mode, Set<String> fields, Map<String, Set<String>> associations) {

    enum Mode { FULL, MINIMUM, SELECTED }

    static final Display FULL = new Display(Mode.FULL, Set.of(), Map.of());
    static final Display MINIMUM = new Display(Mode.MINIMUM, Set.of(), Map.of());

    /** Parses {@code display}; null when absent. */
    static Display parse(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.equals("full")) {
            return FULL;
        }
        if (raw.equals("minimum")) {
            return MINIMUM;
        }
        if (!raw.startsWith("[") || !raw.endsWith("]") || raw.length() < 2) {
            throw new WebserviceException(400, 36, "The 'display' syntax is wrong. You can set 'full' or "
                    + "'[field_1,field_2,field_3,...]'");
        }
        Set<String> fields = new LinkedHashSet<>();
        Map<String, Set<String>> associations = new LinkedHashMap<>();
        String inner = raw.substring(1, raw.length() - 1);
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : ',';
            if (c == ',' && depth == 0) {
                add(part.toString().trim(), fields, associations);
                part.setLength(0);
                continue;
            }
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            part.append(c);
        }
        return new Display(Mode.SELECTED, fields, associations);
    }

    private static void add(String part, Set<String> fields, Map<String, Set<String>> associations) {
        if (part.isEmpty()) {
            return;
        }
        int bracket = part.indexOf('[');
        if (bracket < 0) {
            fields.add(part);
            return;
        }
        Set<String> sub = associations.computeIfAbsent(part.substring(0, bracket).trim(), key -> new LinkedHashSet<>());
        for (String name : part.substring(bracket + 1, part.length() - 1).split(",")) {
            sub.add(name.trim());
        }
    }

    /** Refuses fields and associations the resource does not have (price aliases count as fields). */
    void validate(Resource<?> resource, Set<String> priceAliases) {
        if (mode != Mode.SELECTED) {
            return;
        }
        for (String field : fields) {
            if (resource.field(field) == null && !priceAliases.contains(field)) {
                throw unknown(resource, field);
            }
        }
        associations.forEach((name, sub) -> {
            Association<?> association = resource.association(name);
            if (association == null || sub.stream().anyMatch(f -> !f.equals("id") && !association.fields().contains(f))) {
                throw unknown(resource, name);
            }
        });
    }

    private static WebserviceException unknown(Resource<?> resource, String field) {
        return new WebserviceException(400, 35, "Unable to display this field \"" + field
                + "\". However, these are available: "
                + String.join(", ", resource.fields().stream().map(Field::name).toList()));
    }
}

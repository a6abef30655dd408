package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.FieldInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * PrestaShop's checks and semantics for a written entity ({@code saveEntityFromXml}): POST forbids an id, PUT and
 * PATCH require one; fields without a setter may not appear; PUT and POST need every required field, and PUT resets
 * every writable field the body leaves out (so a partial PUT blanks the rest, a classic surprise); PATCH only touches
 * the fields present.
 */
final class WriteRules {

    enum Mode { CREATE, REPLACE, PATCH }

    /** Written by the shop itself whatever the body says. */
    private static final Set<String> IGNORED = Set.of("id", "date_add", "date_upd", "cache_default_attribute");

    private WriteRules() {
    }

    /** The fields to write, in resource order; absent ones reset to empty on PUT. */
    static <T> Map<String, FieldInput> fieldsToWrite(Resource<T> resource, XmlEntity entity, Mode mode) {
        Integer id = entity.id();
        if (mode == Mode.CREATE && id != null) {
            throw new WebserviceException(400, 91, "id is forbidden when adding a new resource");
        }
        if (mode != Mode.CREATE && id == null) {
            throw new WebserviceException(400, 90, "id is required when modifying a resource");
        }
        Map<String, FieldInput> toWrite = new LinkedHashMap<>();
        for (Field<T> field : resource.fields()) {
            String name = field.name();
            boolean present = entity.has(name);
            if (present && !field.isWritable()) {
                throw new WebserviceException(400, 93, "parameter \"" + name
                        + "\" not writable. Please remove this attribute of this XML");
            }
            if (IGNORED.contains(name) || field.isDynamic()) {
                continue;
            }
            if (!present && field.isRequired() && mode != Mode.PATCH) {
                if (field.isI18n()) {
                    throw new WebserviceException(400, 84, "Validation error: \"Property " + className(resource)
                            + "->" + name + " is empty.\"");
                }
                throw new WebserviceException(400, 41, "parameter \"" + name + "\" required");
            }
            if (present) {
                FieldInput value = entity.fields().get(name);
                if (field.isRequired() && field.isI18n() && defaultLanguageValue(value).isBlank()) {
                    throw new WebserviceException(400, 84, "Validation error: \"Property " + className(resource)
                            + "->" + name + " is empty.\"");
                }
                toWrite.put(name, value);
            } else if (mode == Mode.REPLACE) {
                toWrite.put(name, FieldInput.of(""));
            }
        }
        return toWrite;
    }

    static void requireKnownAssociations(Resource<?> resource, XmlEntity entity) {
        for (String name : entity.associations().keySet()) {
            if (resource.association(name) == null) {
                throw new WebserviceException(400, 86, "The association \"" + name + "\" does not exists");
            }
        }
    }

    static int[] ids(java.util.List<Map<String, String>> entries) {
        return entries.stream().map(entry -> entry.getOrDefault("id", "").trim()).filter(id -> id.matches("\\d+"))
                .mapToInt(Integer::parseInt).distinct().sorted().toArray();
    }

    static WebserviceException invalid(IllegalArgumentException e) {
        String message = e.getMessage().startsWith("Validation error") ? e.getMessage()
                : "Validation error: \"" + e.getMessage() + "\"";
        return new WebserviceException(400, 85, message);
    }

    private static String defaultLanguageValue(FieldInput value) {
        return value.text();
    }

    private static String className(Resource<?> resource) {
        StringBuilder name = new StringBuilder();
        for (String part : resource.singular().split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}

package io.cloudsync.hub.sandbox.store.model;

import java.util.Map;

/** A value written to a field: one text, or one text per language id (a multi-language field). */
public sealed interface FieldInput {

    record Text(String value) implements FieldInput {
    }

    record PerLanguage(Map<Integer, String> values) implements FieldInput {
        public PerLanguage {
            values = Map.copyOf(values);
        }
    }

    static FieldInput of(String value) {
        return new Text(value);
    }

    /** The plain text; for a per-language value, the default language's. */
    default String text() {
        if (this instanceof Text text) {
            return text.value();
        }
        Map<Integer, String> values = ((PerLanguage) this).values();
        return values.getOrDefault(1, values.values().stream().findFirst().orElse(""));
    }
}

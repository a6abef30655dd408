package io.cloudsync.hub.sandbox.store.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * A product's multi-language texts: rendered on demand from a compact source (so 100,000 generated products do
 * not hold their descriptions in memory) unless a field was edited, in which case the edit wins.
 */
public record ProductTexts(TextSource source, Map<ProductTextField, Localized> overrides) {

    public ProductTexts {
        overrides = overrides.isEmpty() ? Map.of() : Map.copyOf(overrides);
    }

    public static ProductTexts from(TextSource source) {
        return new ProductTexts(source, Map.of());
    }

    public String get(ProductTextField field, Language language) {
        Localized edited = overrides.get(field);
        return edited != null ? edited.get(language.index()) : source.text(field, language);
    }

    public ProductTexts with(ProductTextField field, Localized value) {
        Map<ProductTextField, Localized> next = new EnumMap<>(ProductTextField.class);
        next.putAll(overrides);
        next.put(field, value);
        return new ProductTexts(source, next);
    }
}

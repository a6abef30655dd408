package io.cloudsync.hub.store;

import java.util.Map;
import java.util.Optional;

/**
 * The names a product refers to by id, in the channel language: attribute groups (is it the colour group?),
 * option values, categories, features and feature values. Read once per ingest run: the store returns ids only.
 */
public record StoreCatalogue(
        Map<Long, OptionGroup> optionGroups,
        Map<Long, OptionValue> optionValues,
        Map<Long, String> categories,
        Map<Long, String> features,
        Map<Long, String> featureValues) {

    public StoreCatalogue {
        optionGroups = Map.copyOf(optionGroups);
        optionValues = Map.copyOf(optionValues);
        categories = Map.copyOf(categories);
        features = Map.copyOf(features);
        featureValues = Map.copyOf(featureValues);
    }

    public static StoreCatalogue empty() {
        return new StoreCatalogue(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public Optional<OptionValue> optionValue(long id) {
        return Optional.ofNullable(optionValues.get(id));
    }

    public Optional<OptionGroup> optionGroup(long id) {
        return Optional.ofNullable(optionGroups.get(id));
    }

    /** An attribute group ("Color", "Talla"); {@code colour} when the store marks it as its colour group. */
    public record OptionGroup(long id, String name, boolean colour) {
    }

    /** An option value ("Rojo", "M") and the group it belongs to. */
    public record OptionValue(long id, long groupId, String name) {
    }
}

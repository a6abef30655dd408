package io.cloudsync.hub.sandbox.store.model;

/** A value of a product feature ({@code product_feature_values}). */
public record FeatureValue(int id, int featureId, boolean custom, Localized value) {
}

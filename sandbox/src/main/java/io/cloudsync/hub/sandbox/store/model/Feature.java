package io.cloudsync.hub.sandbox.store.model;

/** A product feature ({@code product_features}): composition, style… */
public record Feature(int id, int position, Localized name) {
}

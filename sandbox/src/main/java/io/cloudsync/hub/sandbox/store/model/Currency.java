package io.cloudsync.hub.sandbox.store.model;

/** A currency. */
public record Currency(int id, Localized name, Localized symbol, String isoCode, String numericIsoCode, int precision,
                       long conversionRateMicros, boolean active) {
}

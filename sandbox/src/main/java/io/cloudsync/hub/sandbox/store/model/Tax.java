package io.cloudsync.hub.sandbox.store.model;

/** A tax rate in percent, as millionths (21 % = 21,000,000). */
public record Tax(int id, long rateMicros, boolean active, boolean deleted, Localized name) {
}

package io.cloudsync.hub.sandbox.store.model;

/** A {@code ps_configuration} row such as {@code PS_TIMEZONE}. */
public record ConfigurationValue(int id, String name, String value, long dateAdd, long dateUpd) {
}

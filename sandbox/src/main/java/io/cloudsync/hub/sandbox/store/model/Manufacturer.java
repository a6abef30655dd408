package io.cloudsync.hub.sandbox.store.model;

/** A brand. */
public record Manufacturer(int id, String name, boolean active, long dateAdd, long dateUpd, Localized description,
                           Localized shortDescription) {
}

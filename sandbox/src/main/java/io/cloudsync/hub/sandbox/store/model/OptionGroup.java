package io.cloudsync.hub.sandbox.store.model;

/** An attribute group ({@code product_options}): size, colour, format… */
public record OptionGroup(int id, boolean colorGroup, String groupType, int position, Localized name,
                          Localized publicName) {
}

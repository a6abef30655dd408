package io.cloudsync.hub.sandbox.store.model;

/** An attribute ({@code product_option_values}): "M", "Rojo"… {@code color} is a hex code for colour groups. */
public record OptionValue(int id, int groupId, String color, int position, Localized name) {
}

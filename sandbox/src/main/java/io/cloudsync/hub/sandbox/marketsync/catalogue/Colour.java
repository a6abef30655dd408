package io.cloudsync.hub.sandbox.marketsync.catalogue;

/** A base colour of the {@code colores} catalogue (always upper case). */
public record Colour(int id, String color) {
}

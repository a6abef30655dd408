package io.cloudsync.hub.sandbox.store.generate;

/** A colour attribute: its names and its swatch; exotic ones test a connector's colour mapping. */
public record Colour(Term name, String hex, boolean exotic) {
}

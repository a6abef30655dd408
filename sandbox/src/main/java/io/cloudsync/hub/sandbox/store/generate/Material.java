package io.cloudsync.hub.sandbox.store.generate;

/**
 * A material as it enters a product name ({@code es} "de lino", {@code en} "linen") and the composition feature
 * value it implies.
 */
public record Material(Term phrase, int compositionValue) {
}

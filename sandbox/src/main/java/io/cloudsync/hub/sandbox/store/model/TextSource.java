package io.cloudsync.hub.sandbox.store.model;

/** Where a product's texts come from before anyone edits them (generated wording, or nothing). */
@FunctionalInterface
public interface TextSource {

    TextSource EMPTY = (field, language) -> "";

    String text(ProductTextField field, Language language);
}

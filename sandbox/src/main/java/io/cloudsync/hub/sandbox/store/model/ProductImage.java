package io.cloudsync.hub.sandbox.store.model;

/** A product image ({@code ps_image}); the first position is the cover. */
public record ProductImage(int id, int productId, int position, boolean cover) {
}

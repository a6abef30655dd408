package io.cloudsync.hub.sandbox.store.model;

/** A shop of the (single-shop) installation. */
public record ShopRecord(int id, int shopGroupId, int categoryId, boolean active, String name, String themeName) {
}

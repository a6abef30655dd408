package io.cloudsync.hub.sandbox.store.model;

/** A catalogue category; id 1 is the invisible root, id 2 the shop's home category. */
public record Category(int id, int parentId, int levelDepth, boolean active, boolean rootCategory, int position,
                       long dateAdd, long dateUpd, Localized name, Localized linkRewrite, Localized description) {
}

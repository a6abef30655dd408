package io.cloudsync.hub.store;

/** A language of the shop: its id differs per shop, so it is always looked up by ISO code. */
public record StoreLanguage(int id, String isoCode, boolean active) {
}

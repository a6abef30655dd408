package io.cloudsync.hub.sandbox.store.model;

/** A shop language; its id is its position in {@code hub.sandbox.languages} plus one. */
public record Language(int id, String isoCode, String name, String locale, String languageCode, boolean active,
                      String dateFormatLite, String dateFormatFull) {

    public int index() {
        return id - 1;
    }
}

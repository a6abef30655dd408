package io.cloudsync.hub.api;

/** The realm the API names in its {@code WWW-Authenticate} challenges. */
public final class Realm {

    public static final String NAME = "cloudsync-hub";

    private Realm() {
    }
}

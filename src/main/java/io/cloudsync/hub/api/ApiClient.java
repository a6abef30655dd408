package io.cloudsync.hub.api;

import java.util.Set;

/** A configured API client: its id, the hash of its secret, and the scopes it may ask for. */
public record ApiClient(String id, String secretHash, Set<String> scopes) {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "ApiClient[id=" + id + ", scopes=" + scopes + "]";
    }
}

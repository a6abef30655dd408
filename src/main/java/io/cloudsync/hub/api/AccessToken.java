package io.cloudsync.hub.api;

import java.time.Instant;
import java.util.Set;

/** A verified access token: who called, with which scopes, until when. */
public record AccessToken(String clientId, Set<String> scopes, Instant expiresAt, String tokenId) {

    public AccessToken {
        scopes = Set.copyOf(scopes);
    }
}

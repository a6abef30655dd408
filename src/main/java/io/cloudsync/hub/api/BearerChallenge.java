package io.cloudsync.hub.api;

import java.util.Map;

/** The {@code WWW-Authenticate: Bearer …} answers of RFC 6750 §3. */
public final class BearerChallenge {

    private static final String REALM = "Bearer realm=\"" + Realm.NAME + "\"";

    private BearerChallenge() {
    }

    /** No token at all: the challenge carries no error code (RFC 6750 §3.1). */
    public static ApiException missingToken() {
        return new ApiException(401, "unauthorized", "this call needs a bearer token: POST /oauth/token for one,"
                + " then send 'Authorization: Bearer <token>'", Map.of("WWW-Authenticate", REALM));
    }

    public static ApiException invalidToken(String description) {
        return new ApiException(401, "invalid_token", description, Map.of("WWW-Authenticate", REALM
                + ", error=\"invalid_token\", error_description=\"" + quoted(description) + "\""));
    }

    /** @param scope the scopes of which the call needs one, space-separated */
    public static ApiException insufficientScope(String scope) {
        String needs = scope.contains(" ") ? "one of the scopes '" + scope + "'" : "the scope '" + scope + "'";
        return new ApiException(403, "insufficient_scope", "this call needs a token with " + needs,
                Map.of("WWW-Authenticate", REALM + ", error=\"insufficient_scope\", scope=\"" + quoted(scope) + "\""));
    }

    private static String quoted(String text) {
        return text.replace("\\", "").replace("\"", "'");
    }
}

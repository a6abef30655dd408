package io.cloudsync.hub.api;

import java.util.Map;

/**
 * An error of the token endpoint as RFC 6749 §5.2 words it: the body also carries {@code error_description}
 * (what OAuth2 clients read) next to the API's {@code message}.
 */
public final class OAuthException extends ApiException {

    private static final String BASIC_CHALLENGE = "Basic realm=\"" + Realm.NAME + "\", charset=\"UTF-8\"";

    private OAuthException(int status, String error, String description, Map<String, String> headers) {
        super(status, error, description, headers);
    }

    public static OAuthException invalidClient(String description) {
        return new OAuthException(401, "invalid_client", description, Map.of("WWW-Authenticate", BASIC_CHALLENGE));
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(400, "invalid_request", description, Map.of());
    }

    public static OAuthException unsupportedGrantType(String description) {
        return new OAuthException(400, "unsupported_grant_type", description, Map.of());
    }

    public static OAuthException invalidScope(String description) {
        return new OAuthException(400, "invalid_scope", description, Map.of());
    }

    /** Over the failed token requests an address may make a minute (not an RFC 6749 code; its status says it all). */
    public static OAuthException tooManyRequests(long retryAfterSeconds) {
        return new OAuthException(429, "too_many_requests", "too many failed token requests from this address;"
                + " try again in " + retryAfterSeconds + " s", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    @Override
    public Map<String, Object> body() {
        Map<String, Object> body = super.body();
        body.put("error_description", getMessage());
        return body;
    }
}

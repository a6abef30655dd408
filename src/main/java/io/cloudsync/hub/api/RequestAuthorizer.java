package io.cloudsync.hub.api;

import java.util.Map;

/**
 * What every {@code /v1} call goes through first: a valid bearer token, the scope the call needs, the client's
 * rate limit and its limit of requests in flight. The caller releases the returned permit when the request is
 * done (the Camel adapter does it when the exchange completes, failed or not).
 */
public final class RequestAuthorizer {

    private final TokenVerifier verifier;
    private final RateLimiter rate;
    private final ConcurrencyLimiter concurrency;

    public record Authorization(AccessToken token, ConcurrencyLimiter.Permit permit) {
    }

    public RequestAuthorizer(TokenVerifier verifier, RateLimiter rate, ConcurrencyLimiter concurrency) {
        this.verifier = verifier;
        this.rate = rate;
        this.concurrency = concurrency;
    }

    public Authorization authorize(String authorizationHeader, String scope) {
        if (!ApiScopes.KNOWN.contains(scope)) {
            throw new IllegalArgumentException("a route asks for the unknown scope '" + scope + "'; the API's scopes"
                    + " are " + ApiScopes.KNOWN);
        }
        AccessToken token = verifier.verify(bearerToken(authorizationHeader));
        if (!token.scopes().contains(scope)) {
            throw BearerChallenge.insufficientScope(scope);
        }
        rate.tryAcquire(token.clientId()).ifPresent(seconds -> {
            throw new ApiException(429, "rate_limited", "client " + token.clientId() + " is over its rate limit;"
                    + " retry after " + seconds + " s", Map.of("Retry-After", Long.toString(seconds)));
        });
        ConcurrencyLimiter.Permit permit = concurrency.tryAcquire(token.clientId()).orElseThrow(() ->
                new ApiException(429, "too_many_concurrent_requests", "client " + token.clientId()
                        + " already has the most requests in flight it may have; retry when one is done",
                        Map.of("Retry-After", "1")));
        return new Authorization(token, permit);
    }

    private static String bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer", 0, 6)) {
            throw BearerChallenge.missingToken();
        }
        String token = header.substring(6).trim();
        if (token.isEmpty() || (header.length() > 6 && header.charAt(6) != ' ')) {
            throw BearerChallenge.invalidToken("the Authorization header must be 'Bearer <token>'");
        }
        return token;
    }
}

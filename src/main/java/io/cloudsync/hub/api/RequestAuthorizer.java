package io.cloudsync.hub.api;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What every {@code /v1} call goes through first: a valid bearer token carrying one of the scopes the call
 * accepts, then the limits: a client's rate and requests in flight; for the dashboard client, whose tokens anyone
 * reaching the hub may have, the rate of each token (its {@code jti}) and of each remote address, and the requests
 * in flight per address, so that one viewer cannot use up what the others need. The caller releases the returned
 * permit when the request is done (the Camel adapter does it when the exchange completes, failed or not).
 */
public final class RequestAuthorizer {

    private final TokenVerifier verifier;
    private final KeyedRateLimiter rate;
    private final KeyedRateLimiter viewerRate;
    private final ConcurrencyLimiter concurrency;
    private final Optional<String> dashboardClient;

    public record Authorization(AccessToken token, ConcurrencyLimiter.Permit permit) {
    }

    /**
     * @param rate       requests a minute per client
     * @param viewerRate requests a minute per dashboard token and per remote address of dashboard tokens
     */
    public RequestAuthorizer(TokenVerifier verifier, KeyedRateLimiter rate, KeyedRateLimiter viewerRate,
                             ConcurrencyLimiter concurrency, Optional<String> dashboardClient) {
        this.verifier = verifier;
        this.rate = rate;
        this.viewerRate = viewerRate;
        this.concurrency = concurrency;
        this.dashboardClient = dashboardClient;
    }

    /**
     * @param authorizationHeader the HTTP request's {@code Authorization} header, or null
     * @param remoteAddress       the address the request came from, or null when unknown
     * @param acceptedScopes      the scopes of which the token needs one, separated by commas or spaces (as the
     *                            route's REST declaration lists them)
     */
    public Authorization authorize(String authorizationHeader, String remoteAddress, String acceptedScopes) {
        Set<String> accepted = ApiScopes.parse(acceptedScopes);
        if (accepted.isEmpty() || !ApiScopes.unknown(accepted).isEmpty()) {
            throw new IllegalArgumentException("a route accepts the scopes '" + acceptedScopes + "'; the API's"
                    + " scopes are " + ApiScopes.KNOWN);
        }
        AccessToken token = verifier.verify(bearerToken(authorizationHeader));
        if (accepted.stream().noneMatch(token.scopes()::contains)) {
            throw BearerChallenge.insufficientScope(ApiScopes.format(accepted));
        }
        boolean viewer = dashboardClient.filter(token.clientId()::equals).isPresent();
        return viewer ? viewer(token, ClientAddress.key(remoteAddress)) : client(token);
    }

    private Authorization client(AccessToken token) {
        rate.tryAcquire(token.clientId()).ifPresent(seconds -> {
            throw rateLimited("client " + token.clientId() + " is over its rate limit", seconds);
        });
        return new Authorization(token, inFlight(token.clientId(), "client " + token.clientId()));
    }

    private Authorization viewer(AccessToken token, String address) {
        OptionalLong wait = viewerRate.tryAcquire("token " + token.tokenId());
        if (wait.isPresent()) {
            throw rateLimited("this dashboard token is over its rate limit", wait.getAsLong());
        }
        wait = viewerRate.tryAcquire("address " + address);
        if (wait.isPresent()) {
            throw rateLimited("the dashboard's calls from this address are over their rate limit", wait.getAsLong());
        }
        return new Authorization(token, inFlight("dashboard from " + address, "this address"));
    }

    private ConcurrencyLimiter.Permit inFlight(String key, String who) {
        return concurrency.tryAcquire(key).orElseThrow(() -> new ApiException(429, "too_many_concurrent_requests",
                who + " already has the most requests in flight it may have; retry when one is done",
                Map.of("Retry-After", "1")));
    }

    private static ApiException rateLimited(String what, long seconds) {
        return new ApiException(429, "rate_limited", what + "; retry after " + seconds + " s",
                Map.of("Retry-After", Long.toString(seconds)));
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

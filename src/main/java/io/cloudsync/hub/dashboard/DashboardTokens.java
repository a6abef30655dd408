package io.cloudsync.hub.dashboard;

import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.api.ApiException;
import io.cloudsync.hub.api.IssuedToken;
import io.cloudsync.hub.api.RateLimiter;
import io.cloudsync.hub.api.TokenIssuer;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Bean {@code dashboardTokens}: {@code POST /dashboard/token}, the dashboard's way to a token without asking its
 * viewer for a client secret. Only when {@code hub.api.dashboard-client} names a client id does it issue tokens,
 * for that id and with the scope {@code read} only, living {@code hub.api.dashboard-token-ttl}. No secret is
 * involved at all: there is none to configure, send, log or leak. What it gives away is read access to the
 * reports and the sync status for whoever reaches the hub's port, which is exactly what setting the key means.
 * Tokens are issued at most {@link #PER_MINUTE} a minute (the page asks for one per token lifetime), so the
 * endpoint cannot be used to keep the hub busy signing.
 */
public final class DashboardTokens {

    public static final String CLIENT_KEY = ApiClients.DASHBOARD_CLIENT_KEY;
    public static final String TTL_KEY = "hub.api.dashboard-token-ttl";
    public static final String SCOPE = "read";
    public static final int PER_MINUTE = 60;
    private static final String BUCKET = "dashboard-token";

    private final Optional<String> clientId;
    private final TokenIssuer issuer;
    private final RateLimiter limiter;

    public DashboardTokens(Optional<String> clientId, TokenIssuer issuer, RateLimiter limiter) {
        this.clientId = clientId.map(String::trim).filter(id -> !id.isEmpty());
        this.issuer = issuer;
        this.limiter = limiter;
    }

    public boolean enabled() {
        return clientId.isPresent();
    }

    /**
     * A read-only token for the dashboard client.
     *
     * @throws ApiException 404 when no dashboard client is configured (the page then asks for credentials), 429
     *                      over the issuing rate
     */
    public IssuedToken issue() {
        String id = clientId.orElseThrow(() -> ApiException.notFound("no dashboard client is configured ("
                + CLIENT_KEY + "): sign in with an API client's id and secret"));
        OptionalLong wait = limiter.tryAcquire(BUCKET);
        if (wait.isPresent()) {
            throw new ApiException(429, "rate_limited", "too many dashboard tokens asked for; try again in "
                    + wait.getAsLong() + " s", Map.of("Retry-After", Long.toString(wait.getAsLong())));
        }
        return issuer.issue(id, Set.of(SCOPE));
    }
}

package io.cloudsync.hub.dashboard;

import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.api.ApiException;
import io.cloudsync.hub.api.ApiScopes;
import io.cloudsync.hub.api.ClientAddress;
import io.cloudsync.hub.api.IssuedToken;
import io.cloudsync.hub.api.KeyedRateLimiter;
import io.cloudsync.hub.api.TokenIssuer;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Bean {@code dashboardTokens}: {@code POST /dashboard/token}, the dashboard's way to a token without asking its
 * viewer for a client secret. Only when {@code hub.api.dashboard-client} names a client id does it issue tokens,
 * for that id and with the scope {@code dashboard} only, living {@code hub.api.dashboard-token-ttl}. No secret is
 * involved at all: there is none to configure, send, log or leak. What it gives away is what the dashboard shows
 * (the sales report, product performance, the sync status; no personal data) to whoever reaches the hub's port,
 * which is exactly what setting the key means. Each remote address gets at most {@link #PER_MINUTE} tokens a
 * minute (the page asks for one per token lifetime), so the endpoint cannot be used to keep the hub busy signing,
 * and one caller over that does not keep other viewers from theirs.
 */
public final class DashboardTokens {

    public static final String CLIENT_KEY = ApiClients.DASHBOARD_CLIENT_KEY;
    public static final String TTL_KEY = "hub.api.dashboard-token-ttl";
    public static final String SCOPE = ApiScopes.DASHBOARD;
    public static final int PER_MINUTE = 60;

    private final Optional<String> clientId;
    private final TokenIssuer issuer;
    private final KeyedRateLimiter limiter;

    /** @param limiter tokens a remote address may get a period */
    public DashboardTokens(Optional<String> clientId, TokenIssuer issuer, KeyedRateLimiter limiter) {
        this.clientId = clientId.map(String::trim).filter(id -> !id.isEmpty());
        this.issuer = issuer;
        this.limiter = limiter;
    }

    public boolean enabled() {
        return clientId.isPresent();
    }

    /**
     * A token with the scope {@code dashboard} for the dashboard client.
     *
     * @param remoteAddress the address the request came from, or null when unknown
     * @throws ApiException 404 when no dashboard client is configured (the page then asks for credentials), 429
     *                      over the issuing rate of that address
     */
    public IssuedToken issue(String remoteAddress) {
        String id = clientId.orElseThrow(() -> ApiException.notFound("no dashboard client is configured ("
                + CLIENT_KEY + "): sign in with an API client's id and secret"));
        OptionalLong wait = limiter.tryAcquire(ClientAddress.key(remoteAddress));
        if (wait.isPresent()) {
            throw new ApiException(429, "rate_limited", "too many dashboard tokens asked for from this address; try again in "
                    + wait.getAsLong() + " s", Map.of("Retry-After", Long.toString(wait.getAsLong())));
        }
        return issuer.issue(id, Set.of(SCOPE));
    }
}

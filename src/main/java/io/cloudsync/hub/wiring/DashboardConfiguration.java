package io.cloudsync.hub.wiring;

import io.cloudsync.hub.api.KeyedRateLimiter;
import io.cloudsync.hub.api.TokenIssuer;
import io.cloudsync.hub.api.TokenSettings;
import io.cloudsync.hub.dashboard.DashboardAssets;
import io.cloudsync.hub.dashboard.DashboardSettings;
import io.cloudsync.hub.dashboard.DashboardStatus;
import io.cloudsync.hub.dashboard.DashboardTokens;
import java.time.Clock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The dashboard at {@code /} ({@code dashboard-serve.camel.yaml}): its files, the dashboard-scoped tokens of
 * {@code hub.api.dashboard-client} (no secret), and the sync status (with the inventory automation's shortages and
 * decisions) a read or dashboard token may see.
 */
public final class DashboardConfiguration implements CamelConfiguration {

    private final DashboardAssets assets = new DashboardAssets();
    private final DashboardTokens tokens;
    private final DashboardStatus status;

    DashboardConfiguration(ApiConfiguration api, ErpStockConfiguration erpStock, DashboardSettings settings,
                           Clock clock) {
        TokenSettings apiTokens = api.settings().tokens();
        TokenSettings dashboardTokens = new TokenSettings(apiTokens.issuer(), apiTokens.audience(),
                settings.tokenTtl(), apiTokens.clockSkew());
        this.tokens = new DashboardTokens(settings.client(), new TokenIssuer(api.apiKeyRing(), dashboardTokens, clock),
                KeyedRateLimiter.perMinute("dashboard-tokens", DashboardTokens.PER_MINUTE));
        this.status = new DashboardStatus(api.syncStatus(), erpStock.inventoryDecisions());
    }

    @BindToRegistry
    public DashboardAssets dashboardAssets() {
        return assets;
    }

    @BindToRegistry
    public DashboardTokens dashboardTokens() {
        return tokens;
    }

    @BindToRegistry
    public DashboardStatus dashboardStatus() {
        return status;
    }
}

package io.cloudsync.hub.dashboard;

import io.cloudsync.hub.api.ApiClients;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;
import java.util.Optional;

/** Which client id the dashboard's tokens carry ({@code hub.api.dashboard-client}; none: no tokens) and their life. */
public record DashboardSettings(Optional<String> client, Duration tokenTtl) {

    public static DashboardSettings from(HubProperties properties) {
        return new DashboardSettings(ApiClients.dashboardClient(properties.asMap()),
                properties.getDuration(DashboardTokens.TTL_KEY));
    }
}

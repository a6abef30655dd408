package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;

/** How many imported orders one {@code GET guias} call of the guide poll asks about ({@code hub.marketsync.guides-page-size}). */
public record StatusBackSettings(int guidesPageSize) {

    public StatusBackSettings {
        if (guidesPageSize < 1) {
            throw new ConfigException("hub.marketsync.guides-page-size must be positive, not " + guidesPageSize);
        }
    }

    public static StatusBackSettings from(HubProperties properties) {
        properties.getDuration("hub.poll.marketplace-guides");
        return new StatusBackSettings(properties.getInt("hub.marketsync.guides-page-size"));
    }
}

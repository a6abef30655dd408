package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;

/**
 * The guide poll: how often it runs (the route's timer, {@code hub.poll.marketplace-guides}) and how many imported
 * orders one {@code GET guias} call asks about ({@code hub.marketsync.guides-page-size}).
 */
public record StatusBackSettings(Duration guidesPeriod, int guidesPageSize) {

    public StatusBackSettings {
        if (guidesPeriod.isNegative() || guidesPeriod.isZero()) {
            throw new ConfigException("hub.poll.marketplace-guides must be a positive duration");
        }
        if (guidesPageSize < 1) {
            throw new ConfigException("hub.marketsync.guides-page-size must be positive, not " + guidesPageSize);
        }
    }

    public static StatusBackSettings from(HubProperties properties) {
        return new StatusBackSettings(properties.getDuration("hub.poll.marketplace-guides"),
                properties.getInt("hub.marketsync.guides-page-size"));
    }
}

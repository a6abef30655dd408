package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;

/**
 * How the hub polls MarketSync's orders.
 *
 * @param pageSize       orders per {@code GET pedidos} ({@code limit})
 * @param lookback       how far back (by order date) the look-back pass re-reads orders, for the changes an order
 *                       gets after it was placed (status, cancellation, guide); also how far back the very first
 *                       poll reads
 * @param lookbackPeriod how often the look-back pass runs (every poll when zero)
 */
public record MarketplaceOrderSettings(int pageSize, Duration lookback, Duration lookbackPeriod) {

    public MarketplaceOrderSettings {
        if (pageSize < 1) {
            throw new IllegalArgumentException("the order page size must be positive, got " + pageSize);
        }
    }

    public static MarketplaceOrderSettings from(HubProperties properties) {
        return new MarketplaceOrderSettings(properties.getInt("hub.marketsync.orders-page-size"),
                properties.getDuration("hub.marketsync.orders-lookback"),
                properties.getDuration("hub.marketsync.orders-lookback-period"));
    }
}

package io.cloudsync.hub.marketsync.stock;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;

/**
 * How the stock cut-off moves ({@code hub.marketsync.stock-cutoff.*}): how often the hub tries to move it (the route's
 * timer), how long MarketSync may take to list an order it registered, and how long before a stock snapshot line was
 * written its store count may have been read.
 */
public record StockCutoffSettings(Duration period, Duration settleMargin, Duration readMargin) {

    public StockCutoffSettings {
        if (period.isNegative() || period.isZero()) {
            throw new ConfigException("hub.marketsync.stock-cutoff.period must be a positive duration");
        }
        if (settleMargin.isNegative() || readMargin.isNegative()) {
            throw new ConfigException("hub.marketsync.stock-cutoff.settle-margin and read-margin must not be negative");
        }
    }

    public static StockCutoffSettings from(HubProperties properties) {
        return new StockCutoffSettings(properties.getDuration("hub.marketsync.stock-cutoff.period"),
                properties.getDuration("hub.marketsync.stock-cutoff.settle-margin"),
                properties.getDuration("hub.marketsync.stock-cutoff.read-margin"));
    }
}

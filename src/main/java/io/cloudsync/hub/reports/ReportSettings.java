package io.cloudsync.hub.reports;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;

/**
 * How long report rows are kept ({@code hub.reports.retention}), how customers are segmented, and the payment module
 * of marketplace orders ({@code hub.store.marketplace-payment-module}: their sales are the marketplaces' channels).
 */
public record ReportSettings(Retention retention, SegmentRules segments, String marketplacePaymentModule) {

    public static ReportSettings from(HubProperties properties) {
        Retention retention;
        try {
            retention = Retention.parse(properties.get("hub.reports.retention"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("hub.reports.retention: " + e.getMessage());
        }
        try {
            return new ReportSettings(retention, SegmentRules.from(properties),
                    properties.get("hub.store.marketplace-payment-module"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}

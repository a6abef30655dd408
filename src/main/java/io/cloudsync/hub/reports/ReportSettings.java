package io.cloudsync.hub.reports;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;

/** How long report rows are kept ({@code hub.reports.retention}) and how customers are segmented. */
public record ReportSettings(Retention retention, SegmentRules segments) {

    public static ReportSettings from(HubProperties properties) {
        Retention retention;
        try {
            retention = Retention.parse(properties.get("hub.reports.retention"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("hub.reports.retention: " + e.getMessage());
        }
        try {
            return new ReportSettings(retention, SegmentRules.from(properties));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}

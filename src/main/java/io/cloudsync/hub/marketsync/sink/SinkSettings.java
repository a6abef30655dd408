package io.cloudsync.hub.marketsync.sink;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the MarketSync sink pushes: items per request and bytes per body ({@code hub.marketsync.batch-size},
 * {@code max-bytes}), requests in flight at once, how long the category catalogue is trusted, and the
 * integrator's mapping file.
 */
public record SinkSettings(int batchSize, int maxBytes, int maxInFlight, Duration catalogueTtl, Path mappingFile) {

    public SinkSettings {
        if (batchSize < 1 || maxBytes < 1 || maxInFlight < 1) {
            throw new ConfigException("hub.marketsync.batch-size, max-bytes and max-in-flight must be positive, not "
                    + batchSize + ", " + maxBytes + " and " + maxInFlight);
        }
    }

    public static SinkSettings from(HubProperties properties) {
        return new SinkSettings(properties.getInt("hub.marketsync.batch-size"),
                properties.getInt("hub.marketsync.max-bytes"), properties.getInt("hub.marketsync.max-in-flight"),
                properties.getDuration("hub.marketsync.catalogue-ttl"),
                Path.of(properties.get("hub.marketsync.mapping-file").trim()));
    }

    public RequestBatcher batcher(com.fasterxml.jackson.databind.ObjectMapper json) {
        return new RequestBatcher(batchSize, maxBytes, json);
    }
}

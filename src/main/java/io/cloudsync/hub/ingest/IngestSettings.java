package io.cloudsync.hub.ingest;

import io.cloudsync.hub.config.HubProperties;
import java.time.Duration;

/**
 * How the ingest flows read the store.
 *
 * @param pageSize     records per page ({@code limit=offset,count})
 * @param idPageSize   ids per page of the cheap id lists (sweep, reconcile)
 * @param lookback     how far before the checkpoint each window starts again
 * @param language     ISO code of the language the mirror keeps
 */
public record IngestSettings(int pageSize, int idPageSize, Duration lookback, String language) {

    public IngestSettings {
        if (pageSize < 1 || idPageSize < 1) {
            throw new IllegalArgumentException("page sizes must be positive");
        }
    }

    public static IngestSettings from(HubProperties properties) {
        return new IngestSettings(properties.getInt("hub.ingest.page-size"), properties.getInt("hub.ingest.id-page-size"),
                properties.getDuration("hub.ingest.lookback"),
                properties.get("hub.store.language"));
    }
}

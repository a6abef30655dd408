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
 * @param malformedRetries how often a page whose answer is not JSON is read again as it is before it is narrowed
 *                     down to the record at fault ({@code hub.retry.max-attempts}, like every transient failure)
 */
public record IngestSettings(int pageSize, int idPageSize, Duration lookback, String language, int malformedRetries) {

    public IngestSettings(int pageSize, int idPageSize, Duration lookback, String language) {
        this(pageSize, idPageSize, lookback, language, 0);
    }

    public IngestSettings {
        if (pageSize < 1 || idPageSize < 1) {
            throw new IllegalArgumentException("page sizes must be positive");
        }
    }

    public static IngestSettings from(HubProperties properties) {
        return new IngestSettings(properties.getInt("hub.ingest.page-size"), properties.getInt("hub.ingest.id-page-size"),
                properties.getDuration("hub.ingest.lookback"),
                properties.get("hub.store.language"), properties.getInt("hub.retry.max-attempts"));
    }
}

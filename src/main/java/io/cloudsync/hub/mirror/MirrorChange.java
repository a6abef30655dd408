package io.cloudsync.hub.mirror;

import java.time.Instant;

/**
 * A mirror record whose content changed (or that appeared or was deleted): what goes on to the sinks.
 * {@code changedAt} is the hub's time of the change, unique per entity (see {@link MirrorRepository}).
 */
public record MirrorChange(
        String entity,
        String storeId,
        String sku,
        SyncAction action,
        long changeSeq,
        String contentHash,
        String payload,
        Instant changedAt) {
}

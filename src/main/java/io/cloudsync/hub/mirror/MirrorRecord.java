package io.cloudsync.hub.mirror;

import java.time.Instant;

/**
 * A mirror row. {@code changeSeq} orders the changes of one entity in commit order (the sync API's cursor);
 * {@code syncAction} is what the last change was; a deleted record keeps its last payload.
 */
public record MirrorRecord(
        String entity,
        String storeId,
        String sku,
        String contentHash,
        String payload,
        boolean deleted,
        SyncAction syncAction,
        long changeSeq,
        Instant firstSeen,
        Instant changedAt) {
}

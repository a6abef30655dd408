package io.cloudsync.hub.state;

/** A mirror record whose content changed (or that appeared or was deleted): what goes on to the sinks. */
public record MirrorChange(
        String entity,
        String storeId,
        String sku,
        SyncAction action,
        long changeSeq,
        String contentHash,
        String payload) {
}

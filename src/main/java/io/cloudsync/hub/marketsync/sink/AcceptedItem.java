package io.cloudsync.hub.marketsync.sink;

/**
 * An item the target accepted: its content hash and payload; {@code remoteId} null keeps the known one;
 * {@code parentKey} is what the item belongs to (see {@link SinkLedger#findByParent}), null for none.
 */
public record AcceptedItem(String itemKey, String remoteId, String contentHash, String payload, String parentKey) {

    public AcceptedItem {
        if (itemKey == null || itemKey.isBlank() || contentHash == null) {
            throw new IllegalArgumentException("an accepted item needs its key and content hash");
        }
    }

    public AcceptedItem(String itemKey, String remoteId, String contentHash, String payload) {
        this(itemKey, remoteId, contentHash, payload, null);
    }
}

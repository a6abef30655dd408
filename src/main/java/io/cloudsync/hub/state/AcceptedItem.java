package io.cloudsync.hub.state;

/** An item the target accepted: its content hash and payload; {@code remoteId} null keeps the known one. */
public record AcceptedItem(String itemKey, String remoteId, String contentHash, String payload) {

    public AcceptedItem {
        if (itemKey == null || itemKey.isBlank() || contentHash == null) {
            throw new IllegalArgumentException("an accepted item needs its key and content hash");
        }
    }
}

package io.cloudsync.hub.mirror;

/** One record of a page read from the store, in canonical JSON, about to be written to the mirror. */
public record MirrorUpsert(String storeId, String sku, String payload, String contentHash) {

    public MirrorUpsert {
        if (storeId == null || storeId.isBlank()) {
            throw new IllegalArgumentException("a mirror record needs its store id");
        }
        if (payload == null || contentHash == null) {
            throw new IllegalArgumentException("mirror record " + storeId + " needs a payload and its hash");
        }
    }

    /** Hashes the canonical payload with {@link ContentHash}. */
    public static MirrorUpsert of(String storeId, String sku, String canonicalPayload) {
        return new MirrorUpsert(storeId, sku, canonicalPayload, ContentHash.of(canonicalPayload));
    }
}

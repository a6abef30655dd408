package io.cloudsync.hub.marketsync.sink;

import java.time.Instant;
import java.util.List;

/** What one sink's target last accepted for one item (a SKU or a variation SKU). */
public record LedgerEntry(
        String sink,
        String itemKey,
        String remoteId,
        String contentHash,
        String lastPayload,
        boolean published,
        List<String> markets,
        Instant updatedAt,
        String parentKey) {

    public LedgerEntry {
        markets = List.copyOf(markets);
    }
}

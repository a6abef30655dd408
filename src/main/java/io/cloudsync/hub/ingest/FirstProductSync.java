package io.cloudsync.hub.ingest;

import io.cloudsync.hub.outbox.Checkpoint;
import io.cloudsync.hub.outbox.CheckpointStatus;
import java.util.Optional;

/**
 * Whether the product flow is reading the catalogue for the first time: its checkpoint has a window open and has
 * never completed one. A product flow that failed is not waited for, so the stock of a store whose product reads
 * break still syncs; nor is one that never started (a hub without the product route).
 */
final class FirstProductSync {

    private FirstProductSync() {
    }

    static boolean underWay(Optional<Checkpoint> products) {
        return products.filter(checkpoint -> checkpoint.syncedUntil() == null && checkpoint.hasOpenWindow()
                && checkpoint.status() != CheckpointStatus.FAILED).isPresent();
    }
}

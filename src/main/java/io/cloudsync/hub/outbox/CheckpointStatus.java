package io.cloudsync.hub.outbox;

import java.util.Locale;

/** Where an ingest flow stands: between windows, inside one, or stopped by an error (it retries next run). */
public enum CheckpointStatus {
    IDLE,
    RUNNING,
    FAILED;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CheckpointStatus fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

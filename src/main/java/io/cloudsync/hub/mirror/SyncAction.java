package io.cloudsync.hub.mirror;

import java.util.Locale;

/** What a mirror change was, as the sync API reports it ({@code sync_action}). */
public enum SyncAction {
    CREATE,
    UPDATE,
    DELETE;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SyncAction fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

package io.cloudsync.hub.deadletter;

import java.util.Locale;

/**
 * A dead letter waits ({@code pending}) until ops ask for a replay ({@code replay_requested}, carried out by the
 * running hub: then {@code replayed}) or discard it, or until the same message is delivered after all
 * ({@code resolved}, e.g. an invalid product the store fixed). Failing again reopens it.
 */
public enum DeadLetterStatus {
    PENDING,
    REPLAY_REQUESTED,
    REPLAYED,
    DISCARDED,
    RESOLVED;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeadLetterStatus fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

package io.cloudsync.hub.state;

import java.util.Locale;

/** A dead letter waits for ops ({@code pending}) until it is replayed or discarded; failing again reopens it. */
public enum DeadLetterStatus {
    PENDING,
    REPLAYED,
    DISCARDED;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeadLetterStatus fromColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

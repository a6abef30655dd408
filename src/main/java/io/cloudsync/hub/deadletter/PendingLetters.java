package io.cloudsync.hub.deadletter;

import java.time.Instant;

/**
 * The pending dead letters at a glance: how many, the newest id and the latest failure. A letter recorded, failing
 * again, resolved, replayed or discarded changes at least one of them, so an unchanged value means the pending
 * letters a reader last listed are still the same ones.
 */
public record PendingLetters(long count, long newestId, Instant latestFailure) {

    public static final PendingLetters NONE = new PendingLetters(0, 0, null);
}

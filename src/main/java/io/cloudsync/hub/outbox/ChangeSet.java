package io.cloudsync.hub.outbox;

import java.util.List;

/**
 * Records of one entity that changed together (a page of the store, a stock poll page, a reconcile pass) and
 * still have to reach the sinks. {@code id} is the outbox row that keeps them until every sink is done; the
 * sinks read the records' current state from the mirror, so a set delivered late never sends stale data.
 */
public record ChangeSet(long id, String entity, List<String> storeIds) {

    public ChangeSet {
        storeIds = List.copyOf(storeIds);
    }

    public boolean isEmpty() {
        return storeIds.isEmpty();
    }

    /**
     * What an idempotent consumer keys on: the same outbox row is the same change set. A set that never was in
     * the outbox (a replayed dead letter) is always new.
     */
    public String key() {
        return id > 0 ? entity + ":" + id : entity + ":once:" + java.util.UUID.randomUUID();
    }

    public int size() {
        return storeIds.size();
    }
}

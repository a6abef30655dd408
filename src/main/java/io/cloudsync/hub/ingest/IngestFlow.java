package io.cloudsync.hub.ingest;

import io.cloudsync.hub.outbox.ChangeSet;
import java.util.List;

/**
 * One store flow (products, stock, reconcile, orders, customers) as the ingest loop of
 * routes/store-ingest.camel.yaml runs it: the route calls {@link #start}, then {@link #next} and, once every sink
 * took the set, {@link #delivered} while the run {@link IngestRun#hasMore has more}, then {@link #finish}.
 * {@link PoisonRecords} replays a dead-lettered record through {@link #reread}.
 *
 * @param <C> what one run reads once (reference data, the store's ids…)
 */
public interface IngestFlow<C> {

    /** The flow's name, as its checkpoint, its change sets and its dead letters know it. */
    String name();

    /** Opens a run: the change sets a crash left undelivered come first. */
    IngestRun<C> start();

    /** The next change set of the run (possibly empty); the run says whether there is another. */
    ChangeSet next(IngestRun<C> run);

    /** Every sink is done with the set: it leaves the outbox (and the flow's checkpoint may move). */
    void delivered(IngestRun<C> run, ChangeSet set);

    /** The whole run was read and delivered. */
    void finish(IngestRun<C> run);

    /** Reads the given records again by id and writes them (a replayed dead letter); the next run hands them on. */
    ChangeSet reread(List<Long> ids);
}

package io.cloudsync.hub.store;

import java.util.List;
import java.util.Optional;

/** The ids of a resource's {@code date_upd} window, from cheap {@code display=[id]} lists. */
public interface WindowIds {

    /** The id of the record at {@code offset} of the window (the order its pages are read in), if there is one. */
    Optional<Long> idAt(IngestWindow window, int offset);

    /** The ids of every record in the window, read {@code pageSize} at a time (the closing sweep). */
    List<Long> idsInWindow(IngestWindow window, int pageSize);
}

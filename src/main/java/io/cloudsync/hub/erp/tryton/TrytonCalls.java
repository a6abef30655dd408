package io.cloudsync.hub.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;

/** Something that sends a call to Tryton and returns its result: the route's gateway, or a client in Java. */
@FunctionalInterface
public interface TrytonCalls {

    /** The call's {@code result}; a {@link TrytonException} when Tryton refused it or could not answer. */
    JsonNode call(TrytonCall call);
}

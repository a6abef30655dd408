package io.cloudsync.hub.testing;

import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import java.util.List;
import org.apache.camel.spi.Registry;

/**
 * The beans routes/error-handling.camel.yaml reads, for a route test that loads it: no retries, and a dead-letter
 * store that keeps what it is given in {@code deadLetters} (a test asserts it stays empty, or what reached it).
 */
public final class ErrorHandlingBeans {

    private ErrorHandlingBeans() {
    }

    public static void bind(Registry registry, List<Object> deadLetters) {
        registry.bind("deadLetterStore", new Object() {
            @SuppressWarnings("unused")
            public void record(Object body) {
                deadLetters.add(body);
            }
        });
        registry.bind("redeliveryTracker", new RedeliveryTracker());
        registry.bind("retryPolicy", new RetryPolicy(0));
    }
}

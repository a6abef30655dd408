package io.cloudsync.hub.wiring;

import io.cloudsync.hub.camel.DeadLetterReplay;
import io.cloudsync.hub.camel.DeadLetterStore;
import io.cloudsync.hub.camel.RedeliveryTracker;
import io.cloudsync.hub.camel.RetryPolicy;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.http.RetrySettings;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;

/**
 * The shared error handling of {@code error-handling.camel.yaml}: how often a failure is retried, where what still
 * fails is kept, and the replay of kept letters.
 */
public final class DeadLetterConfiguration implements CamelConfiguration {

    private static final int REPLAY_BATCH = 100;

    private final DeadLetterRepository letters;
    private final RetryPolicy retryPolicy;
    private final RedeliveryTracker redeliveries;
    private final DeadLetterReplay replay;
    private final DeadLetterStore store;

    DeadLetterConfiguration(PlatformConfiguration platform, RetrySettings retry) {
        this.letters = new DeadLetterRepository(platform.dataSource(), platform.secretRedactor());
        this.retryPolicy = new RetryPolicy(retry.maxAttempts());
        this.redeliveries = new RedeliveryTracker(retry.maxDelay());
        this.replay = new DeadLetterReplay(letters, REPLAY_BATCH);
        this.store = new DeadLetterStore(letters);
    }

    @BindToRegistry
    public DeadLetterRepository deadLetterRepository() {
        return letters;
    }

    @BindToRegistry
    public DeadLetterStore deadLetterStore() {
        return store;
    }

    @BindToRegistry
    public DeadLetterReplay deadLetterReplay() {
        return replay;
    }

    @BindToRegistry
    public RedeliveryTracker redeliveryTracker() {
        return redeliveries;
    }

    @BindToRegistry
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }
}

package io.cloudsync.hub.camel;

import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import java.util.List;

/**
 * Bean {@code deadLetterReplay} (routes/dead-letter-replay.camel.yaml): the letters ops queued with
 * {@code dlq replay}, each marked replayed as it is sent again to the endpoint it failed on. If it fails again,
 * the error handler records it under the same key: the letter is back to pending with its attempts added.
 */
public final class DeadLetterReplay {

    private final DeadLetterRepository letters;
    private final int batch;

    public DeadLetterReplay(DeadLetterRepository letters, int batch) {
        this.letters = letters;
        this.batch = batch;
    }

    public List<DeadLetter> requested() {
        return letters.replayRequested(batch);
    }

    /** Marks the letter replayed and returns the message to send again. */
    public String start(DeadLetter letter) {
        letters.markReplayed(letter.id());
        return letter.body();
    }
}

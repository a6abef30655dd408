package io.cloudsync.hub.ingest;

import io.cloudsync.hub.outbox.CheckpointRepository;
import io.cloudsync.hub.logging.SecretRedactor;

/**
 * What an ingest route does when a run fails after its retries: the failure is recorded on the flow's
 * checkpoint (redacted) and the window stays open, so the next poll resumes where this one stopped.
 */
public final class IngestFailures {

    private final CheckpointRepository checkpoints;
    private final SecretRedactor redactor;

    public IngestFailures(CheckpointRepository checkpoints, SecretRedactor redactor) {
        this.checkpoints = checkpoints;
        this.redactor = redactor;
    }

    /** Records the failure and returns the line to log: the flow, the error's type and its redacted message. */
    public String record(String flow, Throwable error) {
        String text = error == null ? "unknown error"
                : error.getClass().getSimpleName() + ": " + redactor.text(String.valueOf(error.getMessage()));
        checkpoints.recordFailure(flow, text);
        return flow + " run failed and resumes at the next poll: " + text;
    }
}

package io.cloudsync.hub.ingest;

import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import io.cloudsync.hub.deadletter.PendingLetters;
import io.cloudsync.hub.mirror.MirrorRepository;
import io.cloudsync.hub.marketsync.sink.SinkLedger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A line a person can follow while the hub works (routes/sync-progress.camel.yaml): how many mirrored products
 * a sink holds, and the pending dead letters with their first reasons. Only a line that changed is logged. The line
 * is made every few seconds, idle or not: the letters it quotes are read again only when the pending letters
 * changed ({@link PendingLetters}), not each time.
 */
public final class SyncProgress {

    /** The pending dead letters whose reasons the line shows, the most recent first. */
    private static final int SHOWN = 3;

    private final MirrorRepository mirror;
    private final SinkLedger ledger;
    private final DeadLetterRepository deadLetters;
    private final String sink;
    private String last = "";
    private PendingLetters quotedFor;
    private String quoted = "";

    public SyncProgress(MirrorRepository mirror, SinkLedger ledger, DeadLetterRepository deadLetters, String sink) {
        this.mirror = mirror;
        this.ledger = ledger;
        this.deadLetters = deadLetters;
        this.sink = sink;
    }

    public synchronized String report() {
        long total = mirror.countLive(ProductIngest.ENTITY);
        long delivered = Math.min(total, ledger.countWithRemoteId(sink));
        PendingLetters pending = deadLetters.pending();
        return String.format(Locale.ROOT, "products %,d/%,d delivered to %s, %,d dead letter%s", delivered,
                total, sink, pending.count(), pending.count() == 1 ? "" : "s") + quoted(pending);
    }

    /** ": #12 reason; #11 reason; …" for the newest pending letters, read again only when they changed. */
    private String quoted(PendingLetters pending) {
        if (pending.count() == 0) {
            return "";
        }
        if (!pending.equals(quotedFor)) {
            List<DeadLetterSummary> shown = deadLetters.list(DeadLetterQuery.any()
                    .withStatus(DeadLetterStatus.PENDING).withLimit(SHOWN));
            quoted = ": " + shown.stream().map(SyncProgress::reason).collect(Collectors.joining("; "))
                    + (pending.count() > SHOWN ? "; … (dlq list)" : "");
            quotedFor = pending;
        }
        return quoted;
    }

    /** The report when it differs from the last one logged, else null (nothing to log). */
    public synchronized String changed() {
        String line = report();
        if (line.equals(last)) {
            return null;
        }
        last = line;
        return line;
    }

    private static String reason(DeadLetterSummary letter) {
        String error = letter.errorMessage() == null ? "" : letter.errorMessage().replaceAll("\\s+", " ");
        return "#" + letter.id() + " " + (error.length() > 140 ? error.substring(0, 140) + "…" : error);
    }
}

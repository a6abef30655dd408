package io.cloudsync.hub.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudsync.hub.config.Durations;
import io.cloudsync.hub.deadletter.DeadLetter;
import io.cloudsync.hub.deadletter.DeadLetterQuery;
import io.cloudsync.hub.deadletter.DeadLetterRepository;
import io.cloudsync.hub.deadletter.DeadLetterStatus;
import io.cloudsync.hub.deadletter.DeadLetterSummary;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dlq list|show|replay|discard}: what could not be delivered, and what to do about it. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = {"Inspects, replays and discards dead letters: messages a route could not deliver after its"
                + " retries, kept with their original message, route, sink, error and attempts.",
                "Works on the state database of hub.db.url, also while the hub runs."},
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Show.class, DlqCommand.Replay.class,
                DlqCommand.Discard.class})
public final class DlqCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists dead letters, newest failure first.")
    static final class ListLetters implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--sink", description = "Only this sink (e.g. marketsync).")
        String sink;
        @Option(names = "--route", description = "Only this route id.")
        String route;
        @Option(names = "--older-than", description = "Only letters whose last failure is older than this (30m, 2h, 7d).")
        String olderThan;
        @Option(names = "--newer-than", description = "Only letters whose last failure is newer than this.")
        String newerThan;
        @Option(names = "--status", defaultValue = "pending",
                description = "pending, replay_requested, replayed, discarded, resolved or all (default: ${DEFAULT-VALUE}).")
        String status;
        @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DeadLetterQuery query = DeadLetterQuery.any().withSink(sink).withRouteId(route).withLimit(limit);
            if (!"all".equalsIgnoreCase(status)) {
                query = query.withStatus(DeadLetterStatus.fromColumn(status.toLowerCase(Locale.ROOT)));
            }
            Instant now = Instant.now();
            if (olderThan != null) {
                query = query.failedBefore(now.minus(Durations.parse(olderThan)));
            }
            if (newerThan != null) {
                query = query.failedAfter(now.minus(Durations.parse(newerThan)));
            }
            try (StateAccess state = StateAccess.open()) {
                List<DeadLetterSummary> letters = new DeadLetterRepository(state.dataSource(), state.redactor())
                        .list(query);
                if (letters.isEmpty()) {
                    out.println("no dead letters match");
                    return 0;
                }
                out.printf("%-7s %-16s %-22s %-12s %-20s %4s  %-20s %s%n", "ID", "STATUS", "ROUTE", "SINK", "KEY",
                        "TRY", "LAST FAILURE", "ERROR");
                for (DeadLetterSummary letter : letters) {
                    out.printf("%-7d %-16s %-22s %-12s %-20s %4d  %-20s %s%n", letter.id(),
                            letter.status().column(), cut(letter.routeId(), 22), cut(letter.sink(), 12),
                            cut(letter.messageKey(), 20), letter.attempts(),
                            letter.lastFailure().toString().substring(0, 19), cut(oneLine(letter.errorMessage()), 90));
                }
                out.println(letters.size() + " dead letter(s)");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one dead letter whole.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The letter's id (from dlq list).")
        long id;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (StateAccess state = StateAccess.open()) {
                Optional<DeadLetter> found = new DeadLetterRepository(state.dataSource(), state.redactor()).find(id);
                if (found.isEmpty()) {
                    spec.commandLine().getErr().println("no dead letter " + id);
                    return 1;
                }
                DeadLetter letter = found.get();
                out.println("id             " + letter.id());
                out.println("status         " + letter.status().column());
                out.println("route          " + letter.routeId());
                out.println("sink           " + letter.sink());
                out.println("key            " + letter.messageKey());
                out.println("replays to     " + letter.endpointUri());
                out.println("failed calling " + letter.failedEndpointUri());
                out.println("attempts       " + letter.attempts());
                out.println("first failure  " + letter.firstFailure());
                out.println("last failure   " + letter.lastFailure());
                out.println("replayed at    " + letter.replayedAt());
                out.println("error          " + letter.errorClass());
                out.println(indent(letter.errorMessage()));
                out.println("headers");
                for (Map.Entry<String, String> header : letter.headers().entrySet()) {
                    out.println("  " + header.getKey() + ": " + header.getValue());
                }
                out.println("body");
                out.println(indent(pretty(letter.body())));
            }
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Queues dead letters for the running hub to send again, to the endpoint they failed on.",
                    "The hub replays queued letters within hub.dlq.replay-period; one that fails again is back to"
                            + " pending with its attempts added."})
    static final class Replay implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "0..*", description = "Letters to replay.")
        List<Long> ids;
        @Option(names = "--all", description = "Every pending letter.")
        boolean all;
        @Option(names = "--sink", description = "With --all: only this sink's letters.")
        String sink;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (all == (ids != null && !ids.isEmpty())) {
                spec.commandLine().getErr().println("give letter ids, or --all (optionally with --sink), not both");
                return 2;
            }
            try (StateAccess state = StateAccess.open()) {
                DeadLetterRepository letters = new DeadLetterRepository(state.dataSource(), state.redactor());
                if (all) {
                    int queued = letters.requestReplayAll(sink);
                    out.println("queued " + queued + " dead letter(s) for replay"
                            + (sink == null ? "" : " of sink " + sink));
                    return 0;
                }
                List<Long> queued = letters.requestReplay(ids);
                out.println("queued for replay: " + queued);
                List<Long> skipped = ids.stream().filter(id -> !queued.contains(id)).toList();
                if (!skipped.isEmpty()) {
                    spec.commandLine().getErr().println("not queued (no such letter, or discarded/resolved): " + skipped);
                    return 1;
                }
            }
            return 0;
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true,
            description = "Marks dead letters discarded: kept for the record, never replayed.")
    static final class Discard implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Letters to discard.")
        List<Long> ids;

        @Override
        public Integer call() {
            int missing = 0;
            try (StateAccess state = StateAccess.open()) {
                DeadLetterRepository letters = new DeadLetterRepository(state.dataSource(), state.redactor());
                for (long id : ids) {
                    if (letters.markDiscarded(id)) {
                        spec.commandLine().getOut().println("discarded " + id);
                    } else {
                        spec.commandLine().getErr().println("no dead letter " + id);
                        missing++;
                    }
                }
            }
            return missing == 0 ? 0 : 1;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static String pretty(String body) {
        if (body == null) {
            return "(empty)";
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body));
        } catch (Exception notJson) {
            return body;
        }
    }

    private static String indent(String text) {
        return text == null ? "  (none)" : "  " + text.replace("\n", "\n  ");
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }

    private static String cut(String text, int width) {
        if (text == null) {
            return "-";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}

package io.cloudsync.hub.check;

import java.util.List;

/** The outcome of one part of {@code check}: what was checked, and every problem found (empty when it passed). */
public record CheckResult(String subject, List<String> problems, List<String> notes) {

    public CheckResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public static CheckResult passed(String subject, List<String> notes) {
        return new CheckResult(subject, List.of(), notes);
    }

    public static CheckResult failed(String subject, List<String> problems) {
        return new CheckResult(subject, problems, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

package io.cloudsync.hub.marketsync.mapping;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every reason a mapped product cannot be sent ({@code errors}) and what may still go wrong once it is
 * ({@code warnings}, e.g. a discount over 60 %). A product is sent only when {@code errors} is empty.
 */
public record Validation(List<Problem> errors, List<Problem> warnings) {

    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** One reason a line, errors first: what a dead letter shows a person. */
    public String describe() {
        String errorLines = errors.stream().map(p -> "error   " + p).collect(Collectors.joining("\n"));
        String warningLines = warnings.stream().map(p -> "warning " + p).collect(Collectors.joining("\n"));
        return (errorLines + (errorLines.isEmpty() || warningLines.isEmpty() ? "" : "\n") + warningLines);
    }
}

package io.cloudsync.hub.sandbox.marketsync.validation;

/** One broken rule of one item: the column it concerns and why, e.g. {@code nombre: longer than 120 characters (131)}. */
public record Violation(String column, String reason) {

    @Override
    public String toString() {
        return column + ": " + reason;
    }
}

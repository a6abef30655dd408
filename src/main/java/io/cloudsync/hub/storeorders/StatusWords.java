package io.cloudsync.hub.storeorders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a marketplace's own status word means for the store: each market has its words (Mercado Libre
 * {@code cancelled}, Linio and Amazon {@code canceled}, Walmart {@code CANCELED} and {@code REFUSED}, E-Commerce
 * {@code voided}…), compared without case. A cancelled order is never created and cancels one already created;
 * an order still waiting for payment (Claro {@code Pendiente}, Walmart {@code WAITING ACCEPTANCE}…) waits; anything
 * else is a sale to bring in.
 */
public record StatusWords(Set<String> cancelled, Set<String> unpaid) {

    public enum Meaning { SALE, UNPAID, CANCELLED }

    public StatusWords {
        cancelled = normalised(cancelled);
        unpaid = normalised(unpaid);
    }

    /** From comma-separated lists, as configured. */
    public static StatusWords of(String cancelledWords, String unpaidWords) {
        return new StatusWords(split(cancelledWords), split(unpaidWords));
    }

    public Meaning meaning(String status) {
        String word = normalise(status);
        if (cancelled.contains(word)) {
            return Meaning.CANCELLED;
        }
        return unpaid.contains(word) ? Meaning.UNPAID : Meaning.SALE;
    }

    private static Set<String> split(String words) {
        return Arrays.stream(words == null ? new String[0] : words.split(",")).collect(Collectors.toSet());
    }

    private static Set<String> normalised(Set<String> words) {
        return words.stream().map(StatusWords::normalise).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String word) {
        return word == null ? "" : word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package io.cloudsync.hub.storeorders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a marketplace's own status word means for the store: each market has its words (Mercado Libre
 * {@code cancelled}, Linio and Amazon {@code canceled}, Walmart {@code CANCELED} and {@code REFUSED}, E-Commerce
 * {@code voided}…), compared without case. A word applies to every market, or, written {@code <market id>:<word>},
 * to that market only: the same word means different things on different markets ({@code pending} is a sale to
 * prepare on Linio, an order not paid yet on the seller's own web store, market 8). A cancelled order is never
 * created and cancels one already created; an order still waiting for payment or acceptance (Walmart
 * {@code WAITING ACCEPTANCE}) waits; anything else is a sale to bring in.
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

    /** The meaning of a word on any market (only the words written without a market id count). */
    public Meaning meaning(String status) {
        return meaning(-1, status);
    }

    public Meaning meaning(int marketId, String status) {
        String word = normalise(status);
        String ofMarket = marketId + ":" + word;
        if (cancelled.contains(word) || cancelled.contains(ofMarket)) {
            return Meaning.CANCELLED;
        }
        return unpaid.contains(word) || unpaid.contains(ofMarket) ? Meaning.UNPAID : Meaning.SALE;
    }

    private static Set<String> split(String words) {
        return Arrays.stream(words == null ? new String[0] : words.split(",")).collect(Collectors.toSet());
    }

    private static Set<String> normalised(Set<String> words) {
        return words.stream().map(StatusWords::normalise).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Case and spaces aside; {@code 8 : Pending} is {@code 8:pending}. */
    private static String normalise(String word) {
        String text = word == null ? "" : word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.replaceFirst("^(\\d+) ?: ?", "$1:");
    }
}

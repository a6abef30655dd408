package io.cloudsync.hub.marketsync.sink;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A product's publication state on one marketplace, as MarketSync names it ({@code estado} of {@code precios} in
 * {@code GET productos}, and the actions {@code PUT productos/{state}}). Every product is {@code publicar} unless
 * told otherwise. What each state lets the hub send for that marketplace:
 * <ul>
 *   <li>{@code publicar}, {@code agotar} (stock 0 there): everything;</li>
 *   <li>{@code parcial}: stock and prices only, not the listing's content;</li>
 *   <li>{@code fulfillment}: everything but stock (the marketplace ships from its own warehouse);</li>
 *   <li>{@code suspender}: nothing (the listing is managed on the marketplace until it leaves this state).</li>
 * </ul>
 */
public enum PublicationState {
    PUBLICAR, AGOTAR, SUSPENDER, PARCIAL, FULFILLMENT;

    /** The word MarketSync uses: {@code publicar}, {@code suspender}… */
    public String action() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PublicationState> ofAction(String action) {
        String word = action == null ? "" : action.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(state -> state.action().equals(word)).findFirst();
    }

    /** Descriptive columns and variations (a {@code PUT productos} republishes the listing). */
    boolean takesContent() {
        return this == PUBLICAR || this == AGOTAR || this == FULFILLMENT;
    }

    /** The seller's stock. */
    boolean takesStock() {
        return this == PUBLICAR || this == AGOTAR || this == PARCIAL;
    }

    /** Prices, and a sell-out when the product leaves the store. */
    boolean takesPrice() {
        return this != SUSPENDER;
    }
}

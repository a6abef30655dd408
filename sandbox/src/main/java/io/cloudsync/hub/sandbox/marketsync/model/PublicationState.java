package io.cloudsync.hub.sandbox.marketsync.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the seller asked for a product on one marketplace ({@code estado} in MarketSync's answers). Products are
 * published by default; {@code agotar} keeps the listing with stock 0, {@code suspender} stops sending any change,
 * {@code parcial} syncs only stock and price, {@code fulfillment} leaves the stock to the marketplace.
 */
public enum PublicationState {
    PUBLICAR, AGOTAR, SUSPENDER, PARCIAL, FULFILLMENT;

    public String action() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<PublicationState> ofAction(String action) {
        return Arrays.stream(values()).filter(state -> state.action().equals(action)).findFirst();
    }
}

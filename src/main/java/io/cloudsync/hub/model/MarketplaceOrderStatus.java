package io.cloudsync.hub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A marketplace order's status: the word its marketplace uses ({@code estatus}, e.g. {@code embarcados},
 * {@code ready_to_ship}, {@code Unshipped}) and what it means for the hub.
 */
public record MarketplaceOrderStatus(String word, Stage stage) {

    /** What a status means, whichever marketplace's word it is. */
    public enum Stage {
        /** placed, not paid or not accepted yet */
        PENDING,
        /** paid or accepted: to be shipped */
        PAID,
        SHIPPED,
        DELIVERED,
        CANCELLED,
        REFUNDED,
        /** the buyer is returning it */
        RETURNED,
        /** a word the hub does not know for this marketplace */
        UNKNOWN
    }

    public MarketplaceOrderStatus {
        word = word == null ? "" : word.trim();
        stage = stage == null ? Stage.UNKNOWN : stage;
    }

    /** Cancelled or refunded: the sale is void and its units go back to the stock. */
    @JsonIgnore
    public boolean voided() {
        return stage == Stage.CANCELLED || stage == Stage.REFUNDED;
    }
}

package io.cloudsync.hub.storeorders;

/**
 * Where the import of one marketplace order stands in the ledger ({@code store_order_import.state}). Every external
 * write happens with a row already saying what the hub is about to do, so a crash at any point resumes without a
 * second order: {@link #CART_CREATED} means "look the order up by its cart before creating it".
 */
public enum ImportState {
    /** Registered: nothing or only a customer/address written (their ids are kept). */
    PLANNED("planned"),
    /** The cart exists (its id is kept); the order may or may not. */
    CART_CREATED("cart-created"),
    /** The store order exists (its id is kept). */
    ORDERED("ordered"),
    /** Cancelled in the store, or cancelled on the marketplace before it was created. */
    CANCELLED("cancelled"),
    /** Refused (unknown SKU, store validation): its dead letter says why; a replay starts it again. */
    DEAD("dead"),
    /** Every line ships from the marketplace's warehouse: nothing for the store. */
    MARKETPLACE_FULFILLED("marketplace-fulfilled");

    private final String column;

    ImportState(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** Nothing more to do for a sale in this state (a cancellation may still change an ordered one). */
    public boolean settled() {
        return this == ORDERED || this == CANCELLED || this == MARKETPLACE_FULFILLED;
    }

    public static ImportState of(String column) {
        for (ImportState state : values()) {
            if (state.column.equals(column)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown import state '" + column + "'");
    }
}

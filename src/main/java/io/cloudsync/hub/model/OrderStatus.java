package io.cloudsync.hub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An order's current state with the flags that matter downstream. {@code paid}, {@code shipped} and
 * {@code delivered} are PrestaShop's own flags of the state ({@code order_states.paid}, {@code shipped},
 * {@code delivery}); {@code cancelled}, {@code refunded} and {@code paymentError} say whether the state is the
 * shop's {@code PS_OS_CANCELED}, {@code PS_OS_REFUND} or {@code PS_OS_ERROR} state (6, 7 and 8 in a default
 * installation).
 *
 * @param name the state's name in the hub's language
 */
public record OrderStatus(
        long id,
        String name,
        boolean paid,
        boolean shipped,
        boolean delivered,
        boolean cancelled,
        boolean refunded,
        boolean paymentError) {

    public OrderStatus {
        name = name == null ? "" : name;
    }

    /**
     * The sales rule of every report: an order is a sale unless its current state is cancelled, refunded or a
     * payment error. An order still awaiting payment (cheque, bank wire, cash on delivery) counts: it was placed,
     * and it leaves the figures when the shop cancels it.
     */
    @JsonIgnore
    public boolean countsAsSale() {
        return !cancelled && !refunded && !paymentError;
    }
}

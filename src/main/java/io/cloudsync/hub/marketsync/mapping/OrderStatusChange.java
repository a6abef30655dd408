package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.model.OrderStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A change of a store order's state that the order's marketplace is told about, derived from the order's current
 * state ({@link OrderStatus}): the shop's cancelled state, its delivered state ({@code PS_OS_DELIVERED}), and
 * PrestaShop's {@code shipped} flag ("consider the associated order as shipped"). Not the state's {@code delivery}
 * flag ({@link OrderStatus#delivered()}): PrestaShop sets it on every state that has a delivery slip, "Processing in
 * progress" included.
 */
public enum OrderStatusChange {
    SHIPPED,
    DELIVERED,
    CANCELLED;

    /** The name the mapping file and the hub's tables use: {@code shipped}, {@code delivered}, {@code cancelled}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderStatusChange> ofKey(String key) {
        for (OrderStatusChange change : values()) {
            if (change.key().equals(key)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    /**
     * The changes an order in this state has gone through (the shop's delivered state has the id
     * {@code deliveredStateId}), in the order a marketplace expects them. A delivered
     * order has been shipped too: the poll may see it only once it is delivered, and a marketplace that never
     * heard "shipped" may refuse "delivered". A cancelled order is only cancelled; any other state, none.
     */
    public static List<OrderStatusChange> reached(OrderStatus state, long deliveredStateId) {
        if (state.cancelled()) {
            return List.of(CANCELLED);
        }
        if (state.id() == deliveredStateId) {
            return List.of(SHIPPED, DELIVERED);
        }
        if (state.shipped()) {
            return List.of(SHIPPED);
        }
        return List.of();
    }
}

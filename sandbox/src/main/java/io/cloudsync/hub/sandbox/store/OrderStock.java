package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.generate.OrderStates;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderRow;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;

/**
 * What orders do to {@code stock_availables}, as PrestaShop 8 does it: a checkout takes each line out of stock
 * ({@code OrderDetail::checkProductStock}) unless the order starts in Payment error or Canceled; a state change gives
 * the lines back or takes them again when the order enters or leaves those two states
 * ({@code OrderHistory::changeIdOrderState}). Rows that depend on the warehouse stock are left alone.
 * Not thread-safe: called under the shop's lock.
 */
final class OrderStock {

    private final ShopData data;
    private final ProductRows rows;

    OrderStock(ShopData data, ProductRows rows) {
        this.data = data;
        this.rows = rows;
    }

    /** Takes a new order's lines out of stock; true when a line's stock went below zero (a backorder). */
    boolean checkout(Order order) {
        if (isErrorOrCanceled(order.currentState())) {
            return false;
        }
        move(order, -1);
        for (OrderRow row : order.rows()) {
            StockAvailable stock = data.stockOf(row.productId(), row.combinationId());
            if (stock != null && stock.quantity() < 0) {
                return true;
            }
        }
        return false;
    }

    /** Applies a state change's stock movement, if it has one. */
    void stateChanged(Order order, OrderState from, OrderState to) {
        int direction = movement(from, to);
        if (direction != 0) {
            move(order, direction);
        }
    }

    /**
     * +1 when the change gives the lines back to stock, -1 when it takes them again, 0 when stock does not move:
     * PrestaShop's three rules, keyed on the states' {@code logable} flag and on Payment error / Canceled.
     */
    static int movement(OrderState from, OrderState to) {
        boolean fromLost = isErrorOrCanceled(from.id());
        boolean toLost = isErrorOrCanceled(to.id());
        if (to.logable() && !from.logable()) {
            return fromLost ? -1 : 0;
        }
        if (!to.logable() && from.logable()) {
            return toLost ? 1 : 0;
        }
        if (!to.logable() && !from.logable() && toLost && !fromLost) {
            return 1;
        }
        return 0;
    }

    static boolean isErrorOrCanceled(int stateId) {
        return stateId == OrderStates.PAYMENT_ERROR || stateId == OrderStates.CANCELED;
    }

    private void move(Order order, int direction) {
        for (OrderRow row : order.rows()) {
            StockAvailable stock = data.stockOf(row.productId(), row.combinationId());
            if (stock == null || stock.dependsOnStock()) {
                continue;
            }
            int delta = direction * row.quantity();
            rows.updateStockRow(stock.id(), current -> current.withQuantity(current.quantity() + delta));
        }
    }
}

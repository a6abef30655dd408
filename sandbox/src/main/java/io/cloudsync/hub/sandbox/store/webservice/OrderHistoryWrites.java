package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.FatalShopError;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import java.util.NoSuchElementException;

/**
 * POST on order_histories: the way to change an order's status; the order's {@code date_upd} moves, and stock moves
 * when the order enters or leaves Canceled / Payment error. An unknown order or state ends PrestaShop's
 * {@code changeIdOrderState} with a bare HTTP 500 "Invalid new order status".
 */
final class OrderHistoryWrites implements ResourceWriter<OrderHistory> {

    private final SandboxShop shop;
    private Resource<OrderHistory> resource;

    OrderHistoryWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<OrderHistory> histories) {
        this.resource = histories;
    }

    @Override
    public OrderHistory create(XmlEntity entity) {
        WriteRules.fieldsToWrite(resource, entity, WriteRules.Mode.CREATE);
        int orderId = number(entity.text("id_order"));
        int stateId = number(entity.text("id_order_state"));
        int employeeId = number(entity.text("id_employee"));
        try {
            return shop.changeOrderState(orderId, stateId, employeeId);
        } catch (NoSuchElementException e) {
            throw new FatalShopError("Invalid new order status");
        }
    }

    @Override
    public OrderHistory update(XmlEntity entity, boolean replaceAll) {
        throw new WebserviceException(405, 101, "Method PUT is not allowed for the resource order_histories");
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.CartRow;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderFactory;
import io.cloudsync.hub.sandbox.store.generate.OrderStates;
import io.cloudsync.hub.sandbox.store.model.OrderCarrier;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.PaymentMethod;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's orders: checkouts (cart, order, first history row) and status changes. Not thread-safe: the
 * {@link SandboxShop} calls it under its lock and counts the change.
 */
final class ShopOrders {

    /** What a random order is made of. */
    record Pick(int customerId, List<OrderFactory.Line> lines, String paymentModule) {
    }

    /** Stock rows looked at before a low-stock sale gives up and sells at random. */
    private static final int LOW_STOCK_TRIES = 20;

    private final ShopData data;
    private final OrderFactory orderFactory;
    private final ShopPicks picks;
    private final OrderStock stock;

    ShopOrders(ShopData data, ShopPicks picks, ProductRows rows) {
        this.data = data;
        this.orderFactory = new OrderFactory(data);
        this.picks = picks;
        this.stock = new OrderStock(data, rows);
    }

    OrderFactory factory() {
        return orderFactory;
    }

    /** Places an order at {@code now} (shop wall-clock time) for a customer. */
    Order create(int customerId, List<OrderFactory.Line> lines, String paymentModule, long now) {
        Customer customer = SandboxShop.require(data.customers.get(customerId), "customer", customerId);
        Address address = firstAddress(customerId);
        PaymentMethod payment = PaymentMethod.ALL.stream().filter(method -> method.module().equals(paymentModule))
                .findFirst().orElse(PaymentMethod.ALL.get(0));
        int cartId = data.carts.nextId();
        data.carts.put(cartId, new Cart(cartId, address.id(), address.id(), customerId, customer.langId(), 2,
                customer.secureKey(), now, now, lines.stream()
                .map(line -> new CartRow(line.productId(), line.combinationId(), address.id(), line.quantity())).toList()));
        Order order = orderFactory.create(new OrderFactory.Checkout(data.orders.nextId(), cartId, customer, address,
                payment, false, now, picks.orderReference(), picks.hex(32)), lines);
        if (order.rows().isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line with an existing product");
        }
        return record(order, now);
    }

    /**
     * Records an order just placed: its first history row, its carrier row, its lines out of stock, and the switch
     * to "On backorder" when a line's stock went below zero, as {@code PaymentModule::validateOrder} does.
     */
    Order record(Order order, long now) {
        data.orders.put(order.id(), order);
        addHistory(order.id(), order.currentState(), 0, now);
        data.addOrderCarrier(order, "");
        if (stock.checkout(order)) {
            boolean paid = data.orderStates.get(order.currentState()).paid();
            changeState(order.id(), paid ? OrderStates.BACKORDER_PAID : OrderStates.BACKORDER_UNPAID, 0, now);
        }
        return data.orders.get(order.id());
    }

    /** One to three random products by a random customer. */
    Pick randomPick() {
        if (data.customers.size() == 0 || data.products.size() == 0) {
            throw new IllegalStateException("the shop has no customers or no products");
        }
        int customerId = picks.customerId();
        List<OrderFactory.Line> lines = new ArrayList<>();
        int count = 1 + picks.nextInt(3);
        for (int i = 0; i < count; i++) {
            int productId = picks.productId();
            int[] combinations = data.combinationsOfProduct.of(productId);
            int combinationId = combinations.length == 0 ? 0 : combinations[picks.nextInt(combinations.length)];
            lines.add(new OrderFactory.Line(productId, combinationId, 1 + picks.nextInt(2)));
        }
        String module = PaymentMethod.ALL.get(picks.nextInt(PaymentMethod.ALL.size())).module();
        return new Pick(customerId, lines, module);
    }

    /**
     * One product, or one of its combinations, sold down to {@code threshold} units or fewer: a random stock row
     * above the threshold (the first of a few tries) sells all but 0 to {@code threshold} of its units. A random
     * {@link #randomPick()} when no try finds such a row.
     */
    Pick lowStockPick(int threshold) {
        for (int attempt = 0; attempt < LOW_STOCK_TRIES; attempt++) {
            int productId = picks.productId();
            int[] combinations = data.combinationsOfProduct.of(productId);
            int combinationId = combinations.length == 0 ? 0 : combinations[picks.nextInt(combinations.length)];
            StockAvailable stock = data.stockOf(productId, combinationId);
            if (stock != null && !stock.dependsOnStock() && stock.quantity() > threshold) {
                int sold = stock.quantity() - picks.nextInt(threshold + 1);
                String module = PaymentMethod.ALL.get(picks.nextInt(PaymentMethod.ALL.size())).module();
                return new Pick(picks.customerId(), List.of(new OrderFactory.Line(productId, combinationId, sold)),
                        module);
            }
        }
        return randomPick();
    }

    /** A status change at {@code now}: the order's {@code current_state} and {@code date_upd} move, a history row is added. */
    OrderHistory changeState(int orderId, int stateId, int employeeId, long now) {
        Order order = SandboxShop.require(data.orders.get(orderId), "order", orderId);
        OrderState next = SandboxShop.require(data.orderStates.get(stateId), "order state", stateId);
        OrderState current = data.orderStates.get(order.currentState());
        if (current != null) {
            stock.stateChanged(order, current, next);
        }
        Order changed = orderFactory.changeState(order, stateId, now);
        data.orders.put(orderId, changed);
        OrderCarrier carrier = data.carrierOf(orderId);
        if (next.shipped() && carrier != null && carrier.trackingNumber().isEmpty()) {
            data.orderCarriers.put(carrier.id(), carrier.withTrackingNumber(changed.shippingNumber()));
        }
        return addHistory(orderId, stateId, employeeId, now);
    }

    private OrderHistory addHistory(int orderId, int stateId, int employeeId, long at) {
        int id = data.orderHistories.nextId();
        OrderHistory history = new OrderHistory(id, employeeId, stateId, orderId, at);
        data.orderHistories.put(id, history);
        return history;
    }

    private Address firstAddress(int customerId) {
        Address[] first = new Address[1];
        data.addresses.forEach(address -> {
            if (first[0] == null && address.customerId() == customerId) {
                first[0] = address;
            }
        });
        if (first[0] == null) {
            throw new IllegalArgumentException("customer " + customerId + " has no address");
        }
        return first[0];
    }
}

package io.cloudsync.hub.sandbox.store.generate;

import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.CartRow;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderFactory;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.PaymentMethod;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Orders over the last {@code orderDays} days, in date order, each with its cart and its status history: older
 * orders went further (paid, processing, shipped, delivered), some were cancelled or refunded. Plus abandoned carts.
 */
final class OrderGenerator {

    private static final long HOUR = 3_600L;
    private static final long DAY = 24 * HOUR;

    private final ShopData data;
    private final GenerationPlan plan;
    private final SplittableRandom random;
    private final OrderFactory factory;
    private final int[] firstAddressOfCustomer;
    private int nextHistory = 1;

    OrderGenerator(ShopData data, GenerationPlan plan) {
        this.data = data;
        this.plan = plan;
        this.random = Seeds.stream(plan.seed(), "orders");
        this.factory = new OrderFactory(data);
        this.firstAddressOfCustomer = new int[plan.customers() + 1];
        data.addresses.forEach(address -> {
            if (firstAddressOfCustomer[address.customerId()] == 0) {
                firstAddressOfCustomer[address.customerId()] = address.id();
            }
        });
    }

    void generate() {
        if (plan.customers() == 0 || data.products.size() == 0) {
            return;
        }
        long end = plan.start().getEpochSecond();
        long[] placed = new long[plan.orders()];
        for (int i = 0; i < placed.length; i++) {
            placed[i] = end - 1 - random.nextLong(Math.max(1, plan.orderDays()) * DAY);
        }
        Arrays.sort(placed);
        for (int i = 0; i < placed.length; i++) {
            order(i + 1, placed[i], end);
        }
        int abandoned = plan.orders() * 15 / 100;
        for (int i = 0; i < abandoned; i++) {
            long at = end - 1 - random.nextLong(Math.max(1, plan.orderDays()) * DAY);
            Customer customer = data.customers.get(1 + random.nextInt(plan.customers()));
            cart(data.carts.nextId(), customer, lines(), wall(at));
        }
    }

    private void order(int id, long placedSecond, long endSecond) {
        Customer customer = data.customers.get(1 + random.nextInt(plan.customers()));
        Address address = data.addresses.get(firstAddressOfCustomer[customer.id()]);
        List<OrderFactory.Line> lines = lines();
        int roll = random.nextInt(100);
        PaymentMethod payment = PaymentMethod.ALL.get(roll < 50 ? 0 : roll < 70 ? 1 : roll < 95 ? 2 : 3);
        long placed = wall(placedSecond);
        int cartId = data.carts.nextId();
        cart(cartId, customer, lines, wall(placedSecond - 300 - random.nextInt(1800)));
        Order order = factory.create(new OrderFactory.Checkout(id, cartId, customer, address, payment,
                Seeds.chance(random, 0.1), placed, reference(), Seeds.hex(random, 32)), lines);
        history(order.id(), order.currentState(), placed);
        long at = placedSecond;
        for (int state : timeline(payment)) {
            at += delayBefore(state);
            if (at >= endSecond) {
                break;
            }
            order = factory.changeState(order, state, wall(at));
            history(order.id(), state, wall(at));
        }
        data.orders.put(id, order);
        data.addOrderCarrier(order, order.shippingNumber());
    }

    /** The states an order goes through after its first one. */
    private List<Integer> timeline(PaymentMethod payment) {
        List<Integer> states = new ArrayList<>();
        if (payment.initialState() != OrderStates.PAYMENT_ACCEPTED) {
            if (Seeds.chance(random, 0.1)) {
                states.add(OrderStates.CANCELED);
                return states;
            }
            if (payment.initialState() != OrderStates.AWAITING_CASH_ON_DELIVERY) {
                states.add(OrderStates.PAYMENT_ACCEPTED);
            }
        } else if (Seeds.chance(random, 0.03)) {
            states.add(OrderStates.CANCELED);
            return states;
        }
        states.add(OrderStates.PROCESSING);
        states.add(OrderStates.SHIPPED);
        states.add(OrderStates.DELIVERED);
        if (Seeds.chance(random, 0.03)) {
            states.add(OrderStates.REFUNDED);
        }
        return states;
    }

    private long delayBefore(int state) {
        return switch (state) {
            case OrderStates.PAYMENT_ACCEPTED -> HOUR + random.nextLong(2 * DAY);
            case OrderStates.PROCESSING -> 2 * HOUR + random.nextLong(20 * HOUR);
            case OrderStates.SHIPPED -> 12 * HOUR + random.nextLong(2 * DAY);
            case OrderStates.DELIVERED -> DAY + random.nextLong(3 * DAY);
            case OrderStates.REFUNDED -> 3 * DAY + random.nextLong(7 * DAY);
            default -> HOUR + random.nextLong(3 * DAY);
        };
    }

    private List<OrderFactory.Line> lines() {
        int roll = random.nextInt(100);
        int count = roll < 50 ? 1 : roll < 80 ? 2 : roll < 95 ? 3 : 4;
        List<OrderFactory.Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int productId = 1 + random.nextInt(plan.products());
            int[] combinations = data.combinationsOfProduct.of(productId);
            int combinationId = combinations.length == 0 ? 0 : combinations[random.nextInt(combinations.length)];
            int quantityRoll = random.nextInt(100);
            lines.add(new OrderFactory.Line(productId, combinationId, quantityRoll < 80 ? 1 : quantityRoll < 95 ? 2 : 3));
        }
        return lines;
    }

    private void cart(int id, Customer customer, List<OrderFactory.Line> lines, long at) {
        int address = firstAddressOfCustomer[customer.id()];
        List<CartRow> rows = lines.stream()
                .map(line -> new CartRow(line.productId(), line.combinationId(), address, line.quantity())).toList();
        data.carts.put(id, new Cart(id, address, address, customer.id(), customer.langId(), 2, customer.secureKey(),
                at, at, rows));
    }

    private void history(int orderId, int state, long at) {
        int id = nextHistory++;
        data.orderHistories.put(id, new OrderHistory(id, 0, state, orderId, at));
    }

    private String reference() {
        char[] letters = new char[9];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }

    private long wall(long epochSecond) {
        return ShopTime.of(Instant.ofEpochSecond(epochSecond), plan.zone());
    }
}

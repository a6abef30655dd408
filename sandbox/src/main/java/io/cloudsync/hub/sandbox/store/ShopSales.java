package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.generate.OrderStates;
import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderCarrier;
import io.cloudsync.hub.sandbox.store.model.OrderFactory;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.PaymentMethod;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The writes an order placed from outside makes, in the order integrators make them: a customer, an address, a cart
 * with its rows, the order from that cart ({@code Order::addWs} → {@code PaymentModule::validateOrder}), and the
 * staff's tracking number. Not thread-safe: {@link SandboxShop#sell} calls it under the shop's lock.
 */
public final class ShopSales {

    /** PS_PASSWD_TIME_FRONT: a new customer's {@code last_passwd_gen} is this long before its creation. */
    private static final long PASSWORD_REGENERATION_SECONDS = 360 * 60;
    /** PS_CUSTOMER_GROUP. */
    private static final int CUSTOMER_GROUP = 3;
    /** Cost 4 rather than PrestaShop's 10: the same hash format, fast enough for bursts of orders. */
    private static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

    /** What {@code POST orders} carries that the order is made of (everything else comes from the cart). */
    public record OrderRequest(int cartId, int customerId, String module, String payment, long amountPaidMicros) {
    }

    private final ShopData data;
    private final ShopPicks picks;
    private final ShopOrders orders;

    ShopSales(ShopData data, ShopPicks picks, ShopOrders orders) {
        this.data = data;
        this.picks = picks;
        this.orders = orders;
    }

    /** A new customer: its id, secure key, hashed password (never the plain one), group and dates are the shop's. */
    public Customer addCustomer(Customer draft, String password, long now) {
        int id = data.customers.nextId();
        int group = draft.defaultGroupId() == 0 ? CUSTOMER_GROUP : draft.defaultGroupId();
        String hash = "$2y$" + PASSWORDS.encode(password).substring(4);
        Customer customer = new Customer(id, group, draft.langId() == 0 ? 1 : draft.langId(),
                draft.newsletter() ? now : draft.newsletterDateAdd(), now - PASSWORD_REGENERATION_SECONDS,
                picks.hex(32), hash, draft.lastname(), draft.firstname(), draft.email(), draft.genderId(),
                draft.birthday(), draft.newsletter(), draft.optin(), draft.company(), draft.active(), draft.guest(),
                now, now, new int[] {group});
        data.customers.put(id, customer);
        return customer;
    }

    public Address addAddress(Address draft, long now) {
        int id = data.addresses.nextId();
        Address address = new Address(id, draft.customerId(), draft.countryId(), draft.stateId(), draft.alias(),
                draft.company(), draft.lastname(), draft.firstname(), draft.vatNumber(), draft.address1(),
                draft.address2(), draft.postcode(), draft.city(), draft.phone(), draft.phoneMobile(), draft.dni(), now,
                now);
        data.addresses.put(id, address);
        return address;
    }

    /** A cart as written: PrestaShop checks none of its rows (a row of a product that does not exist stays). */
    public Cart addCart(Cart draft, long now) {
        int id = data.carts.nextId();
        Cart cart = new Cart(id, draft.addressDeliveryId(), draft.addressInvoiceId(), draft.customerId(),
                draft.langId() == 0 ? 1 : draft.langId(), draft.carrierId(), draft.secureKey(), now, now, draft.rows());
        data.carts.put(id, cart);
        return cart;
    }

    /**
     * The order of a cart, as {@code Order::addWs} makes it: from the cart's rows at today's prices, in "Remote
     * payment accepted" when the amount paid is the cart's total and in "Payment error" when it is not (whatever
     * state the body asked for); its lines leave the stock (except in Payment error).
     *
     * @throws FatalShopError what PrestaShop answers with a bare HTTP 500
     */
    public Order orderCart(OrderRequest request, long now) {
        if (!data.paymentModules.contains(request.module())) {
            throw new FatalShopError("PHP Fatal error:  Uncaught Error: Call to a member function validateOrder() on "
                    + "bool in classes/order/Order.php (no installed payment module is named '" + request.module()
                    + "')");
        }
        Cart cart = data.carts.get(request.cartId());
        if (cart == null || orderOf(cart.id()) != null) {
            throw new FatalShopError("Cart cannot be loaded or an order has already been placed using this cart");
        }
        Customer payer = data.customers.get(request.customerId());
        Customer customer = data.customers.get(cart.customerId());
        if (payer == null || customer == null || !payer.secureKey().equals(cart.secureKey())) {
            throw new FatalShopError("Fatal error");
        }
        Address delivery = data.addresses.get(cart.addressDeliveryId());
        if (delivery == null) {
            throw new FatalShopError("The order address country is not active.");
        }
        List<OrderFactory.Line> lines = cart.rows().stream().filter(row -> row.quantity() > 0)
                .map(row -> new OrderFactory.Line(row.productId(), row.combinationId(), row.quantity())).toList();
        OrderFactory.Priced priced = orders.factory().price(customer, lines, false, now);
        if (priced.rows().isEmpty()) {
            throw new FatalShopError("Order creation failed");
        }
        long total = Micros.round(priced.totals().paidTaxIncl(), 2);
        boolean paidInFull = total == Micros.round(request.amountPaidMicros(), 2);
        int state = paidInFull ? OrderStates.REMOTE_PAYMENT_ACCEPTED : OrderStates.PAYMENT_ERROR;
        PaymentMethod payment = new PaymentMethod(request.module(), request.payment(), request.payment(), state);
        OrderFactory.Checkout checkout = new OrderFactory.Checkout(data.orders.nextId(), cart.id(), customer, delivery,
                payment, false, now, picks.orderReference(), cart.secureKey(),
                cart.addressInvoiceId() == 0 ? delivery.id() : cart.addressInvoiceId(),
                cart.carrierId() == 0 ? 2 : cart.carrierId());
        return orders.record(orders.factory().place(checkout, priced, state), now);
    }

    /** The order placed from a cart, or null. */
    public Order orderOf(int cartId) {
        Order[] found = new Order[1];
        data.orders.forEach(order -> {
            if (found[0] == null && order.cartId() == cartId) {
                found[0] = order;
            }
        });
        return found[0];
    }

    /** Replaces an order_carrier row (its id must exist). */
    public OrderCarrier updateOrderCarrier(OrderCarrier next) {
        SandboxShop.require(data.orderCarriers.get(next.id()), "order_carrier", next.id());
        data.orderCarriers.put(next.id(), next);
        return next;
    }

    /** What staff do to ship: type the carrier's tracking number on the order, then set it Shipped. */
    public OrderHistory ship(int orderId, String trackingNumber, long now) {
        OrderCarrier carrier = data.carrierOf(orderId);
        if (carrier == null) {
            throw new NoSuchElementException("no order " + orderId + " (or it has no carrier row)");
        }
        data.orderCarriers.put(carrier.id(), carrier.withTrackingNumber(trackingNumber));
        return orders.changeState(orderId, OrderStates.SHIPPED, 1, now);
    }
}

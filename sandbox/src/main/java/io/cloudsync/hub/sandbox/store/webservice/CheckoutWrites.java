package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.CartRow;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderFactory;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.PaymentMethod;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * POST on customers, addresses, carts and orders: the chain a connector uses to create an order (marketplace orders),
 * with PrestaShop's checks that matter to it: required fields, an e-mail that is one, rows that exist, and a cart
 * that becomes an order only once. Minimal: no stock decrement, no totals check.
 */
final class CheckoutWrites {

    private static final Set<String> POST = Set.of("GET", "HEAD", "POST");

    private final SandboxShop shop;
    private final ShopData data;
    private final OrderFactory orders;

    CheckoutWrites(SandboxShop shop) {
        this.shop = shop;
        this.data = shop.data();
        this.orders = new OrderFactory(shop.data());
    }

    /** The resource with POST allowed, creating rows with {@code create}. */
    <T> Resource<T> postable(Resource<T> resource, java.util.function.Function<XmlEntity, T> create) {
        return new Resource<>(resource.plural(), resource.singular(), resource.description(), resource.table(),
                resource.fields(), resource.associations(), POST, resource.indexes(), resource.priceTarget(),
                new ResourceWriter<>() {
                    @Override
                    public T create(XmlEntity entity) {
                        if (entity.id() != null) {
                            throw new WebserviceException(400, 91, "id is forbidden when adding a new resource");
                        }
                        WriteRules.requireKnownAssociations(resource, entity);
                        return shop.change(() -> create.apply(entity));
                    }

                    @Override
                    public T update(XmlEntity entity, boolean replaceAll) {
                        throw new WebserviceException(405, 101, "Method PUT is not allowed for the resource "
                                + resource.plural());
                    }
                });
    }

    Customer customer(XmlEntity entity) {
        required(entity, "Customer", "lastname", "firstname", "email", "passwd");
        String email = entity.text("email");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw invalid("Customer", "email");
        }
        long now = shop.wallNow();
        int id = data.customers.nextId();
        int group = number(entity, "id_default_group", 3);
        Customer customer = new Customer(id, group, number(entity, "id_lang", 1), ShopTime.ZERO, now, hex(32),
                "$2y$10$" + hex(53), entity.text("lastname"), entity.text("firstname"), email, 0, ShopTime.ZERO,
                false, false, "", !"0".equals(entity.text("active")), "1".equals(entity.text("is_guest")), now, now,
                new int[] {group});
        data.customers.put(id, customer);
        return customer;
    }

    Address address(XmlEntity entity) {
        required(entity, "Address", "id_customer", "id_country", "alias", "lastname", "firstname", "address1", "city");
        int customerId = number(entity, "id_customer", 0);
        if (!data.customers.contains(customerId)) {
            throw invalid("Address", "id_customer");
        }
        long now = shop.wallNow();
        int id = data.addresses.nextId();
        Address address = new Address(id, customerId, number(entity, "id_country", 0), number(entity, "id_state", 0),
                entity.text("alias"), "", entity.text("lastname"), entity.text("firstname"), "",
                entity.text("address1"), entity.text("address2"), entity.text("postcode"), entity.text("city"),
                entity.text("phone"), entity.text("phone_mobile"), "", now, now);
        data.addresses.put(id, address);
        return address;
    }

    Cart cart(XmlEntity entity) {
        required(entity, "Cart", "id_currency", "id_lang");
        int customerId = number(entity, "id_customer", 0);
        int addressId = number(entity, "id_address_delivery", 0);
        List<CartRow> rows = new ArrayList<>();
        for (Map<String, String> row : entity.associations().getOrDefault("cart_rows", List.of())) {
            int productId = parse(row.get("id_product"));
            int combinationId = parse(row.get("id_product_attribute"));
            Combination combination = data.combinations.get(combinationId);
            if (!data.products.contains(productId)
                    || combinationId != 0 && (combination == null || combination.productId() != productId)) {
                throw new WebserviceException(400, 85, "Validation error: \"product " + productId + " (combination "
                        + combinationId + ") does not exist\"");
            }
            rows.add(new CartRow(productId, combinationId, addressId, Math.max(1, parse(row.get("quantity")))));
        }
        long now = shop.wallNow();
        int id = data.carts.nextId();
        Customer customer = data.customers.get(customerId);
        Cart cart = new Cart(id, addressId, number(entity, "id_address_invoice", addressId), customerId,
                number(entity, "id_lang", 1), number(entity, "id_carrier", 0),
                customer == null ? hex(32) : customer.secureKey(), now, now, rows);
        data.carts.put(id, cart);
        return cart;
    }

    Order order(XmlEntity entity) {
        required(entity, "Order", "id_cart", "id_customer", "id_address_delivery", "id_address_invoice",
                "id_currency", "id_lang", "id_carrier", "module", "payment", "total_paid", "total_paid_real",
                "total_products", "total_products_wt", "conversion_rate");
        int cartId = number(entity, "id_cart", 0);
        Cart cart = data.carts.get(cartId);
        boolean ordered = data.orders.all().stream().anyMatch(order -> order.cartId() == cartId);
        if (cart == null || cart.rows().isEmpty() || ordered) {
            throw new WebserviceException(400, 85, "Validation error: \"Cart cannot be loaded or an order has already"
                    + " been placed using this cart\"");
        }
        Customer customer = data.customers.get(number(entity, "id_customer", 0));
        Address address = data.addresses.get(number(entity, "id_address_delivery", 0));
        if (customer == null || address == null || address.customerId() != customer.id()) {
            throw invalid("Order", customer == null ? "id_customer" : "id_address_delivery");
        }
        int state = number(entity, "current_state", 2);
        String payment = entity.text("payment");
        PaymentMethod method = new PaymentMethod(entity.text("module"), payment, payment,
                data.orderStates.contains(state) ? state : 2);
        long now = shop.wallNow();
        Order order = orders.create(new OrderFactory.Checkout(data.orders.nextId(), cartId, customer, address, method,
                false, now, reference(), customer.secureKey()), cart.rows().stream()
                .map(row -> new OrderFactory.Line(row.productId(), row.combinationId(), row.quantity())).toList());
        data.orders.put(order.id(), order);
        int historyId = data.orderHistories.nextId();
        data.orderHistories.put(historyId, new OrderHistory(historyId, 0, order.currentState(), order.id(), now));
        return order;
    }

    private static void required(XmlEntity entity, String className, String... fields) {
        for (String field : fields) {
            if (entity.text(field).isEmpty()) {
                throw new WebserviceException(400, 85, "Validation error: \"Property " + className + "->" + field
                        + " is empty.\"");
            }
        }
    }

    private static WebserviceException invalid(String className, String field) {
        return new WebserviceException(400, 85, "Validation error: \"Property " + className + "->" + field
                + " is not valid\"");
    }

    private static int number(XmlEntity entity, String field, int fallback) {
        String text = entity.text(field);
        return text.isEmpty() ? fallback : parse(text);
    }

    private static int parse(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String hex(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(Long.toHexString(ThreadLocalRandom.current().nextLong()));
        }
        return out.substring(0, length);
    }

    private static String reference() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            out.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return out.toString();
    }
}

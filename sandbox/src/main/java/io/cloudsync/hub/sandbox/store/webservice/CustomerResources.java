package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.CartRow;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import java.util.List;
import java.util.Map;

/**
 * customers (with {@code passwd} and {@code secure_key}, as the real webservice leaks them), addresses, carts; each
 * takes POST (what a marketplace connector writes before an order).
 */
final class CustomerResources {

    /** What the sandbox key may do with these resources: read them and add to them. */
    static final java.util.Set<String> CREATE = java.util.Set.of("GET", "HEAD", "POST");

    private final SandboxShop shop;
    private final ShopData data;

    CustomerResources(SandboxShop shop) {
        this.shop = shop;
        this.data = shop.data();
    }

    Resource<Customer> customers() {
        List<Field<Customer>> fields = List.of(
                Field.id(Customer::id),
                Field.integer("id_default_group", Customer::defaultGroupId),
                Field.integer("id_lang", Customer::langId),
                Field.dateTime("newsletter_date_add", Customer::newsletterDateAdd),
                Field.constant("ip_registration_newsletter", ""),
                Field.dateTime("last_passwd_gen", Customer::lastPasswdGen),
                Field.text("secure_key", Customer::secureKey),
                Field.constant("deleted", "0"),
                Field.<Customer>text("passwd", Customer::passwd).required(),
                Field.<Customer>text("lastname", Customer::lastname).required(),
                Field.<Customer>text("firstname", Customer::firstname).required(),
                Field.<Customer>text("email", Customer::email).required(),
                Field.integer("id_gender", Customer::genderId),
                Field.date("birthday", Customer::birthday),
                Field.bool("newsletter", Customer::newsletter),
                Field.bool("optin", Customer::optin),
                Field.constant("website", ""),
                Field.text("company", Customer::company),
                Field.constant("siret", ""),
                Field.constant("ape", ""),
                Field.constant("outstanding_allow_amount", "0.000000"),
                Field.constant("show_public_prices", "0"),
                Field.constant("id_risk", "0"),
                Field.constant("max_payment_days", "0"),
                Field.bool("active", Customer::active),
                Field.constant("note", ""),
                Field.bool("is_guest", Customer::guest),
                Field.constant("id_shop", "1"),
                Field.constant("id_shop_group", "1"),
                Field.dateTime("date_add", Customer::dateAdd),
                Field.dateTime("date_upd", Customer::dateUpd),
                Field.constant("reset_password_token", ""),
                Field.constant("reset_password_validity", null));
        CustomerWrites writes = new CustomerWrites(shop);
        Resource<Customer> customers = new Resource<>("customers", "customer", "The e-shop's customers",
                data.customers, fields, List.of(Association.ids("groups", "group", "groups", Customer::groupIds)),
                CREATE, Map.of(), null, writes);
        writes.bind(customers);
        return customers;
    }

    Resource<Address> addresses() {
        List<Field<Address>> fields = List.of(
                Field.id(Address::id),
                Field.integer("id_customer", Address::customerId),
                Field.constant("id_manufacturer", "0"),
                Field.constant("id_supplier", "0"),
                Field.constant("id_warehouse", "0"),
                Field.<Address>integer("id_country", Address::countryId).required(),
                Field.integer("id_state", Address::stateId),
                Field.<Address>text("alias", Address::alias).required(),
                Field.text("company", Address::company),
                Field.<Address>text("lastname", Address::lastname).required(),
                Field.<Address>text("firstname", Address::firstname).required(),
                Field.text("vat_number", Address::vatNumber),
                Field.<Address>text("address1", Address::address1).required(),
                Field.text("address2", Address::address2),
                Field.text("postcode", Address::postcode),
                Field.<Address>text("city", Address::city).required(),
                Field.constant("other", ""),
                Field.text("phone", Address::phone),
                Field.text("phone_mobile", Address::phoneMobile),
                Field.text("dni", Address::dni),
                Field.constant("deleted", "0"),
                Field.dateTime("date_add", Address::dateAdd),
                Field.dateTime("date_upd", Address::dateUpd));
        AddressWrites writes = new AddressWrites(shop);
        Resource<Address> addresses = new Resource<>("addresses", "address", "The Customer, Brand and Customer "
                + "addresses", data.addresses, fields, List.of(), CREATE, Map.of(), null, writes);
        writes.bind(addresses);
        return addresses;
    }

    Resource<Cart> carts() {
        List<Field<Cart>> fields = List.of(
                Field.id(Cart::id),
                Field.integer("id_address_delivery", Cart::addressDeliveryId),
                Field.integer("id_address_invoice", Cart::addressInvoiceId),
                Field.<Cart>constant("id_currency", "1").required(),
                Field.integer("id_customer", Cart::customerId),
                Field.constant("id_guest", "0"),
                Field.<Cart>integer("id_lang", Cart::langId).required(),
                Field.constant("id_shop_group", "1"),
                Field.constant("id_shop", "1"),
                Field.integer("id_carrier", Cart::carrierId),
                Field.constant("recyclable", "0"),
                Field.constant("gift", "0"),
                Field.constant("gift_message", ""),
                Field.constant("mobile_theme", "0"),
                Field.text("delivery_option", c -> "{\"" + c.addressDeliveryId() + "\":\"" + c.carrierId() + ",\"}"),
                Field.text("secure_key", Cart::secureKey),
                Field.constant("allow_seperated_package", "0"),
                Field.dateTime("date_add", Cart::dateAdd),
                Field.dateTime("date_upd", Cart::dateUpd));
        CartWrites writes = new CartWrites(shop);
        Resource<Cart> carts = new Resource<>("carts", "cart", "Customer's carts", data.carts, fields,
                List.of(new Association<>("cart_rows", "cart_row", "",
                        List.of("id_product", "id_product_attribute", "id_address_delivery", "id_customization",
                                "quantity"), CustomerResources::cartRows)),
                CREATE, Map.of(), null, writes);
        writes.bind(carts);
        return carts;
    }

    private static List<String[]> cartRows(Cart cart) {
        return cart.rows().stream().map((CartRow row) -> new String[] {Integer.toString(row.productId()),
                Integer.toString(row.combinationId()), Integer.toString(row.addressDeliveryId()), "0",
                Integer.toString(row.quantity())}).toList();
    }
}

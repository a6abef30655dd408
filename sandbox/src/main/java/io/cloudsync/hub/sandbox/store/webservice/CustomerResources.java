package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.CartRow;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import java.util.List;
import java.util.Map;

/** customers (with {@code passwd} and {@code secure_key}, as the real webservice leaks them), addresses, carts. */
final class CustomerResources {

    private final ShopData data;

    CustomerResources(ShopData data) {
        this.data = data;
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
                Field.text("passwd", Customer::passwd),
                Field.text("lastname", Customer::lastname),
                Field.text("firstname", Customer::firstname),
                Field.text("email", Customer::email),
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
        return new Resource<>("customers", "customer", "The e-shop's customers", data.customers, fields,
                List.of(Association.ids("groups", "group", "groups", Customer::groupIds)), Resource.READ, Map.of(),
                null, null);
    }

    Resource<Address> addresses() {
        List<Field<Address>> fields = List.of(
                Field.id(Address::id),
                Field.integer("id_customer", Address::customerId),
                Field.constant("id_manufacturer", "0"),
                Field.constant("id_supplier", "0"),
                Field.constant("id_warehouse", "0"),
                Field.integer("id_country", Address::countryId),
                Field.integer("id_state", Address::stateId),
                Field.text("alias", Address::alias),
                Field.text("company", Address::company),
                Field.text("lastname", Address::lastname),
                Field.text("firstname", Address::firstname),
                Field.text("vat_number", Address::vatNumber),
                Field.text("address1", Address::address1),
                Field.text("address2", Address::address2),
                Field.text("postcode", Address::postcode),
                Field.text("city", Address::city),
                Field.constant("other", ""),
                Field.text("phone", Address::phone),
                Field.text("phone_mobile", Address::phoneMobile),
                Field.text("dni", Address::dni),
                Field.constant("deleted", "0"),
                Field.dateTime("date_add", Address::dateAdd),
                Field.dateTime("date_upd", Address::dateUpd));
        return new Resource<>("addresses", "address", "The Customer, Brand and Customer addresses", data.addresses,
                fields, List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<Cart> carts() {
        List<Field<Cart>> fields = List.of(
                Field.id(Cart::id),
                Field.integer("id_address_delivery", Cart::addressDeliveryId),
                Field.integer("id_address_invoice", Cart::addressInvoiceId),
                Field.constant("id_currency", "1"),
                Field.integer("id_customer", Cart::customerId),
                Field.constant("id_guest", "0"),
                Field.integer("id_lang", Cart::langId),
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
        return new Resource<>("carts", "cart", "Customer's carts", data.carts, fields,
                List.of(new Association<>("cart_rows", "cart_row", "",
                        List.of("id_product", "id_product_attribute", "id_address_delivery", "id_customization",
                                "quantity"), CustomerResources::cartRows)),
                Resource.READ, Map.of(), null, null);
    }

    private static List<String[]> cartRows(Cart cart) {
        return cart.rows().stream().map((CartRow row) -> new String[] {Integer.toString(row.productId()),
                Integer.toString(row.combinationId()), Integer.toString(row.addressDeliveryId()), "0",
                Integer.toString(row.quantity())}).toList();
    }
}

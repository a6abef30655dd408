package io.cloudsync.hub.storeorders;

import io.cloudsync.hub.store.StoreXml;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Webservice bodies that create a marketplace order: customer, address, cart, order, and a state change. */
final class StoreOrderXml {

    private StoreOrderXml() {
    }

    /** {@code passwd} is required by PrestaShop; the hub never keeps it (a placeholder customer never signs in). */
    static String customer(StoreOrderPlan.CustomerDraft customer, String passwd) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_default_group", Long.toString(customer.groupId()));
        fields.put("id_lang", Long.toString(customer.languageId()));
        fields.put("passwd", passwd);
        fields.put("lastname", customer.lastname());
        fields.put("firstname", customer.firstname());
        fields.put("email", customer.email());
        fields.put("newsletter", "0");
        fields.put("optin", "0");
        fields.put("active", "1");
        fields.put("is_guest", "0");
        return StoreXml.entity("customer", fields, Map.of(), 0, List.of(new StoreXml.Association("groups", "group",
                List.of(Map.of("id", Long.toString(customer.groupId()))))));
    }

    static String address(StoreOrderPlan.AddressDraft address, long customerId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_customer", Long.toString(customerId));
        fields.put("id_country", Long.toString(address.countryId()));
        fields.put("id_state", Long.toString(address.stateId()));
        fields.put("alias", address.alias());
        fields.put("lastname", address.lastname());
        fields.put("firstname", address.firstname());
        fields.put("address1", address.address1());
        fields.put("address2", address.address2());
        fields.put("postcode", address.postcode());
        fields.put("city", address.city());
        fields.put("other", address.other());
        fields.put("phone", address.phone());
        return StoreXml.entity("address", fields, Map.of(), 0);
    }

    /** {@code secureKey}: the customer's; PrestaShop refuses to make an order of a cart without it ("Fatal error"). */
    static String cart(StoreOrderPlan plan, long customerId, long addressId, String secureKey) {
        StoreOrderPlan.OrderDraft order = plan.order();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_address_delivery", Long.toString(addressId));
        fields.put("id_address_invoice", Long.toString(addressId));
        fields.put("id_currency", Long.toString(order.currencyId()));
        fields.put("id_customer", Long.toString(customerId));
        fields.put("id_lang", Long.toString(order.languageId()));
        fields.put("id_carrier", Long.toString(order.carrierId()));
        fields.put("secure_key", secureKey);
        List<Map<String, String>> rows = new ArrayList<>();
        for (StoreOrderPlan.CartLine line : plan.lines()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id_product", Long.toString(line.variant().productId()));
            row.put("id_product_attribute", Long.toString(line.variant().combinationId()));
            row.put("id_address_delivery", Long.toString(addressId));
            row.put("quantity", Integer.toString(line.quantity()));
            rows.add(row);
        }
        return StoreXml.entity("cart", fields, Map.of(), 0,
                List.of(new StoreXml.Association("cart_rows", "cart_row", rows)));
    }

    static String order(StoreOrderPlan plan, long customerId, long addressId, long cartId) {
        StoreOrderPlan.OrderDraft order = plan.order();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_address_delivery", Long.toString(addressId));
        fields.put("id_address_invoice", Long.toString(addressId));
        fields.put("id_cart", Long.toString(cartId));
        fields.put("id_currency", Long.toString(order.currencyId()));
        fields.put("id_lang", Long.toString(order.languageId()));
        fields.put("id_customer", Long.toString(customerId));
        fields.put("id_carrier", Long.toString(order.carrierId()));
        fields.put("current_state", Long.toString(order.stateId()));
        fields.put("module", order.module());
        fields.put("payment", order.payment());
        fields.put("note", order.note());
        fields.put("total_paid", amount(order.totalPaid()));
        fields.put("total_paid_tax_incl", amount(order.totalPaid()));
        fields.put("total_paid_tax_excl", amount(order.totalProductsTaxExcl().add(order.totalShipping())));
        fields.put("total_paid_real", amount(order.totalPaid()));
        fields.put("total_products", amount(order.totalProductsTaxExcl()));
        fields.put("total_products_wt", amount(order.totalProductsTaxIncl()));
        fields.put("total_shipping", amount(order.totalShipping()));
        fields.put("total_shipping_tax_incl", amount(order.totalShipping()));
        fields.put("conversion_rate", "1");
        List<Map<String, String>> rows = new ArrayList<>();
        for (StoreOrderPlan.CartLine line : plan.lines()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("product_id", Long.toString(line.variant().productId()));
            row.put("product_attribute_id", Long.toString(line.variant().combinationId()));
            row.put("product_quantity", Integer.toString(line.quantity()));
            row.put("product_price", amount(line.unitPrice()));
            row.put("unit_price_tax_incl", amount(line.unitPrice()));
            rows.add(row);
        }
        return StoreXml.entity("order", fields, Map.of(), 0,
                List.of(new StoreXml.Association("order_rows", "order_row", rows)));
    }

    static String stateChange(long orderId, long stateId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_order", Long.toString(orderId));
        fields.put("id_order_state", Long.toString(stateId));
        return StoreXml.entity("order_history", fields, Map.of(), 0);
    }

    private static String amount(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}

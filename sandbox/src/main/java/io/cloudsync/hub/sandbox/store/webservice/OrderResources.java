package io.cloudsync.hub.sandbox.store.webservice;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderCarrier;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.OrderRow;
import io.cloudsync.hub.sandbox.store.model.OrderState;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * orders (with {@code associations.order_rows}; POST places a cart's order), order_states, order_histories,
 * order_carriers.
 */
final class OrderResources {

    private final SandboxShop shop;
    private final ShopData data;

    OrderResources(SandboxShop shop) {
        this.shop = shop;
        this.data = shop.data();
    }

    Resource<Order> orders() {
        List<Field<Order>> fields = List.of(
                Field.id(Order::id),
                Field.<Order>integer("id_address_delivery", Order::addressDeliveryId).required(),
                Field.<Order>integer("id_address_invoice", Order::addressInvoiceId).required(),
                Field.<Order>integer("id_cart", Order::cartId).required(),
                Field.<Order>constant("id_currency", "1").required(),
                Field.<Order>integer("id_lang", Order::langId).required(),
                Field.<Order>integer("id_customer", Order::customerId).required(),
                Field.<Order>integer("id_carrier", Order::carrierId).required(),
                Field.integer("current_state", Order::currentState),
                Field.<Order>text("module", Order::module).required(),
                Field.integer("invoice_number", Order::invoiceNumber),
                Field.dateTime("invoice_date", Order::invoiceDate),
                Field.integer("delivery_number", Order::deliveryNumber),
                Field.dateTime("delivery_date", Order::deliveryDate),
                Field.bool("valid", Order::valid),
                Field.dateTime("date_add", Order::dateAdd),
                Field.dateTime("date_upd", Order::dateUpd),
                Field.text("shipping_number", this::shippingNumber),
                Field.constant("note", ""),
                Field.constant("id_shop_group", "1"),
                Field.constant("id_shop", "1"),
                Field.text("secure_key", Order::secureKey),
                Field.<Order>text("payment", Order::payment).required(),
                Field.constant("recyclable", "0"),
                Field.constant("gift", "0"),
                Field.constant("gift_message", ""),
                Field.constant("mobile_theme", "0"),
                Field.decimal("total_discounts", o -> o.totals().discountsTaxIncl()),
                Field.decimal("total_discounts_tax_incl", o -> o.totals().discountsTaxIncl()),
                Field.decimal("total_discounts_tax_excl", o -> o.totals().discountsTaxExcl()),
                Field.<Order>decimal("total_paid", o -> o.totals().paidTaxIncl()).required(),
                Field.decimal("total_paid_tax_incl", o -> o.totals().paidTaxIncl()),
                Field.decimal("total_paid_tax_excl", o -> o.totals().paidTaxExcl()),
                Field.<Order>decimal("total_paid_real", o -> o.totals().paidReal()).required(),
                Field.<Order>decimal("total_products", o -> o.totals().products()).required(),
                Field.<Order>decimal("total_products_wt", o -> o.totals().productsWt()).required(),
                Field.decimal("total_shipping", o -> o.totals().shippingTaxIncl()),
                Field.decimal("total_shipping_tax_incl", o -> o.totals().shippingTaxIncl()),
                Field.decimal("total_shipping_tax_excl", o -> o.totals().shippingTaxExcl()),
                Field.decimal("carrier_tax_rate", o -> o.totals().carrierTaxRate(), 3),
                Field.constant("total_wrapping", "0.000000"),
                Field.constant("total_wrapping_tax_incl", "0.000000"),
                Field.constant("total_wrapping_tax_excl", "0.000000"),
                Field.constant("round_mode", "2"),
                Field.constant("round_type", "2"),
                Field.<Order>constant("conversion_rate", "1.000000").required(),
                Field.text("reference", Order::reference));
        OrderWrites writes = new OrderWrites(shop);
        Resource<Order> orders = new Resource<>("orders", "order", "The Customers orders", data.orders, fields,
                List.of(new Association<>("order_rows", "order_row", "",
                        List.of("id", "product_id", "product_attribute_id", "product_quantity", "product_name",
                                "product_reference", "product_ean13", "product_isbn", "product_upc", "product_price",
                                "id_customization", "unit_price_tax_incl", "unit_price_tax_excl"),
                        OrderResources::orderRows)),
                Set.of("GET", "HEAD", "POST"), Map.of(), null, writes);
        writes.bind(orders);
        return orders;
    }

    /** {@code Order::getWsShippingNumber}: the tracking number of the order's carrier row when it has one. */
    private String shippingNumber(Order order) {
        OrderCarrier carrier = data.carrierOf(order.id());
        return carrier == null ? order.shippingNumber() : carrier.trackingNumber();
    }

    Resource<OrderCarrier> orderCarriers() {
        List<Field<OrderCarrier>> fields = List.of(
                Field.id(OrderCarrier::id),
                Field.<OrderCarrier>integer("id_order", OrderCarrier::orderId).required(),
                Field.<OrderCarrier>integer("id_carrier", OrderCarrier::carrierId).required(),
                Field.integer("id_order_invoice", OrderCarrier::orderInvoiceId),
                Field.decimal("weight", OrderCarrier::weightMicros),
                Field.decimal("shipping_cost_tax_excl", OrderCarrier::shippingCostTaxExcl),
                Field.decimal("shipping_cost_tax_incl", OrderCarrier::shippingCostTaxIncl),
                Field.text("tracking_number", OrderCarrier::trackingNumber),
                Field.dateTime("date_add", OrderCarrier::dateAdd));
        OrderCarrierWrites writes = new OrderCarrierWrites(shop);
        Resource<OrderCarrier> carriers = new Resource<>("order_carriers", "order_carrier", "The Order carriers",
                data.orderCarriers, fields, List.of(), Set.of("GET", "HEAD", "PUT", "PATCH"),
                Map.of("id_order", data.carriersOfOrder::of), null, writes);
        writes.bind(carriers);
        return carriers;
    }

    private static List<String[]> orderRows(Order order) {
        return order.rows().stream().map((OrderRow row) -> new String[] {Integer.toString(row.id()),
                Integer.toString(row.productId()), Integer.toString(row.combinationId()),
                Integer.toString(row.quantity()), row.productName(), row.productReference(), row.productEan13(), "", "",
                Micros.format(row.productPriceMicros()), "0", Micros.format(row.unitPriceTaxInclMicros()),
                Micros.format(row.unitPriceTaxExclMicros())}).toList();
    }

    Resource<OrderState> orderStates() {
        List<Field<OrderState>> fields = List.of(
                Field.id(OrderState::id),
                Field.bool("unremovable", OrderState::unremovable),
                Field.bool("delivery", OrderState::delivery),
                Field.bool("hidden", OrderState::hidden),
                Field.bool("send_email", OrderState::sendEmail),
                Field.text("module_name", OrderState::moduleName),
                Field.bool("invoice", OrderState::invoice),
                Field.text("color", OrderState::color),
                Field.bool("logable", OrderState::logable),
                Field.bool("shipped", OrderState::shipped),
                Field.bool("paid", OrderState::paid),
                Field.bool("pdf_delivery", OrderState::pdfDelivery),
                Field.bool("pdf_invoice", OrderState::pdfInvoice),
                Field.bool("deleted", OrderState::deleted),
                Field.i18n("name", (s, l) -> s.name().get(l.index())),
                Field.i18n("template", (s, l) -> s.template().get(l.index())));
        return new Resource<>("order_states", "order_state", "The Order statuses", data.orderStates, fields,
                List.of(), Resource.READ, Map.of(), null, null);
    }

    Resource<OrderHistory> orderHistories() {
        List<Field<OrderHistory>> fields = List.of(
                Field.id(OrderHistory::id),
                Field.integer("id_employee", OrderHistory::employeeId),
                Field.<OrderHistory>integer("id_order_state", OrderHistory::orderStateId).required(),
                Field.<OrderHistory>integer("id_order", OrderHistory::orderId).required(),
                Field.dateTime("date_add", OrderHistory::dateAdd));
        OrderHistoryWrites writes = new OrderHistoryWrites(shop);
        Resource<OrderHistory> histories = new Resource<>("order_histories", "order_history", "The Order histories",
                data.orderHistories, fields, List.of(), Set.of("GET", "HEAD", "POST"), Map.of(), null, writes);
        writes.bind(histories);
        return histories;
    }
}

package io.cloudsync.hub.sandbox.store.webservice;

import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.optional;
import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.required;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.ShopSales;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import java.util.List;

/**
 * POST on orders: the body is validated against Order's definition, then {@code Order::addWs} hands the cart to the
 * payment module named by {@code module} ({@code validateOrder(id_cart, PS_OS_WS_PAYMENT, total_paid, payment)}).
 * So the body's {@code current_state}, totals and {@code associations/order_rows} are not what the order gets: lines
 * and totals come from the cart, the state is "Remote payment accepted" or, when {@code total_paid} is not the
 * cart's total, "Payment error".
 */
final class OrderWrites implements ResourceWriter<Order> {

    static final List<ObjectValidation.Rule> DEFINITION = List.of(
            required("id_address_delivery", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_address_invoice", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_cart", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_currency", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_lang", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_customer", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_carrier", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("payment", 0, ObjectValidation.IS_GENERIC_NAME),
            required("module", 0, ObjectValidation.IS_MODULE_NAME),
            optional("total_discounts", 0, ObjectValidation.IS_PRICE),
            required("total_paid", 0, ObjectValidation.IS_PRICE),
            required("total_paid_real", 0, ObjectValidation.IS_PRICE),
            required("total_products", 0, ObjectValidation.IS_PRICE),
            required("total_products_wt", 0, ObjectValidation.IS_PRICE),
            optional("total_shipping", 0, ObjectValidation.IS_PRICE),
            optional("shipping_number", 0, ObjectValidation.IS_TRACKING_NUMBER),
            required("conversion_rate", 0, ObjectValidation.IS_FLOAT));

    private final SandboxShop shop;
    private Resource<Order> resource;

    OrderWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<Order> orders) {
        this.resource = orders;
    }

    @Override
    public Order create(XmlEntity entity) {
        WrittenValues values = WrittenValues.of(WriteRules.fieldsToWrite(resource, entity, WriteRules.Mode.CREATE));
        WriteRules.requireKnownAssociations(resource, entity);
        ObjectValidation.check("Order", DEFINITION, values.texts());
        ShopSales.OrderRequest request = new ShopSales.OrderRequest(values.integer("id_cart"),
                values.integer("id_customer"), values.text("module"), values.text("payment"),
                Micros.of(values.text("total_paid")));
        return shop.sell((sales, now) -> sales.orderCart(request, now));
    }

    @Override
    public Order update(XmlEntity entity, boolean replaceAll) {
        throw new WebserviceException(405, 25, "Method PUT is not allowed for the resource orders with this "
                + "authentication key");
    }
}

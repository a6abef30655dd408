package io.cloudsync.hub.sandbox.store.webservice;

import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.optional;
import static io.cloudsync.hub.sandbox.store.webservice.ObjectValidation.required;

import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.OrderCarrier;
import java.util.List;

/**
 * PUT / PATCH on order_carriers: how a tracking number gets onto an order from outside (the order's
 * {@code shipping_number} shows it). Like any PUT, the fields left out are reset; nothing else happens (no e-mail,
 * no state change: that is an {@code order_histories} POST).
 */
final class OrderCarrierWrites implements ResourceWriter<OrderCarrier> {

    static final List<ObjectValidation.Rule> DEFINITION = List.of(
            required("id_order", 0, ObjectValidation.IS_UNSIGNED_ID),
            required("id_carrier", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("id_order_invoice", 0, ObjectValidation.IS_UNSIGNED_ID),
            optional("weight", 0, ObjectValidation.IS_FLOAT),
            optional("shipping_cost_tax_excl", 0, ObjectValidation.IS_FLOAT),
            optional("shipping_cost_tax_incl", 0, ObjectValidation.IS_FLOAT),
            optional("tracking_number", 0, ObjectValidation.IS_TRACKING_NUMBER));

    private final SandboxShop shop;
    private Resource<OrderCarrier> resource;

    OrderCarrierWrites(SandboxShop shop) {
        this.shop = shop;
    }

    void bind(Resource<OrderCarrier> orderCarriers) {
        this.resource = orderCarriers;
    }

    @Override
    public OrderCarrier create(XmlEntity entity) {
        throw new WebserviceException(405, 25, "Method POST is not allowed for the resource order_carriers with this "
                + "authentication key");
    }

    @Override
    public OrderCarrier update(XmlEntity entity, boolean replaceAll) {
        WrittenValues values = WrittenValues.of(WriteRules.fieldsToWrite(resource, entity,
                replaceAll ? WriteRules.Mode.REPLACE : WriteRules.Mode.PATCH));
        OrderCarrier current = shop.data().orderCarriers.get(entity.id());
        if (current == null) {
            throw new WebserviceException(404, 92, "Invalid ID");
        }
        java.util.Map<String, String> merged = new java.util.HashMap<>();
        merged.put("id_order", Integer.toString(current.orderId()));
        merged.put("id_carrier", Integer.toString(current.carrierId()));
        merged.putAll(values.texts());
        ObjectValidation.check("OrderCarrier", DEFINITION, merged);
        WrittenValues all = new WrittenValues(merged);
        OrderCarrier next = new OrderCarrier(current.id(), all.integer("id_order"), all.integer("id_carrier"),
                all.integer("id_order_invoice"), micros(all, "weight", current.weightMicros()),
                micros(all, "shipping_cost_tax_excl", current.shippingCostTaxExcl()),
                micros(all, "shipping_cost_tax_incl", current.shippingCostTaxIncl()),
                merged.containsKey("tracking_number") ? all.text("tracking_number") : current.trackingNumber(),
                current.dateAdd());
        return shop.sell((sales, now) -> sales.updateOrderCarrier(next));
    }

    private static long micros(WrittenValues values, String field, long current) {
        if (!values.texts().containsKey(field)) {
            return current;
        }
        String text = values.text(field);
        return text.isEmpty() ? 0 : Micros.of(text);
    }
}

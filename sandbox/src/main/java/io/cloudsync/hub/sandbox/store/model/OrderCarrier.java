package io.cloudsync.hub.sandbox.store.model;

/**
 * An {@code order_carrier} row: the carrier an order ships with, its weight and shipping cost, and the tracking number
 * the shop's staff types in when they ship it (the order's {@code shipping_number} shows this one).
 */
public record OrderCarrier(int id, int orderId, int carrierId, int orderInvoiceId, long weightMicros,
                           long shippingCostTaxExcl, long shippingCostTaxIncl, String trackingNumber, long dateAdd) {

    /** For an order just placed: no tracking number yet. */
    public static OrderCarrier of(int id, Order order) {
        return new OrderCarrier(id, order.id(), order.carrierId(), 0, 0, order.totals().shippingTaxExcl(),
                order.totals().shippingTaxIncl(), "", order.dateAdd());
    }

    public OrderCarrier withTrackingNumber(String number) {
        return new OrderCarrier(id, orderId, carrierId, orderInvoiceId, weightMicros, shippingCostTaxExcl,
                shippingCostTaxIncl, number, dateAdd);
    }
}

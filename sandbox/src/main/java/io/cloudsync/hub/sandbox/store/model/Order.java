package io.cloudsync.hub.sandbox.store.model;

import java.util.List;

/** An order with its lines; {@code currentState} always equals the state of its latest history row. */
public record Order(int id, int addressDeliveryId, int addressInvoiceId, int cartId, int langId, int customerId,
                    int carrierId, int currentState, String module, String payment, int invoiceNumber,
                    long invoiceDate, int deliveryNumber, long deliveryDate, boolean valid, long dateAdd, long dateUpd,
                    String shippingNumber, String secureKey, String reference, OrderTotals totals,
                    List<OrderRow> rows) {

    public Order {
        rows = List.copyOf(rows);
    }

    public Order withState(int state, boolean isValid, int invoiceNo, long invoiceAt, int deliveryNo, long deliveryAt,
                           String shipping, OrderTotals newTotals, long updatedAt) {
        return new Order(id, addressDeliveryId, addressInvoiceId, cartId, langId, customerId, carrierId, state, module,
                payment, invoiceNo, invoiceAt, deliveryNo, deliveryAt, isValid, dateAdd, updatedAt, shipping,
                secureKey, reference, newTotals, rows);
    }
}

package io.cloudsync.hub.sandbox.store.model;

import java.util.List;

/** A cart; every order has one, and some carts were abandoned. */
public record Cart(int id, int addressDeliveryId, int addressInvoiceId, int customerId, int langId, int carrierId,
                   String secureKey, long dateAdd, long dateUpd, List<CartRow> rows) {

    public Cart {
        rows = List.copyOf(rows);
    }
}

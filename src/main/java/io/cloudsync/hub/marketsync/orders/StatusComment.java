package io.cloudsync.hub.marketsync.orders;

import io.cloudsync.hub.marketsync.mapping.OrderStatusChange;
import io.cloudsync.hub.store.OrderCarrier;
import java.util.Optional;

/**
 * The {@code comentario} of a {@code PUT pedidos}: what the order's history on the marketplace shows. In Spanish,
 * as MarketSync's marketplaces are; when shipped, the carrier and the tracking number the store holds.
 */
public final class StatusComment {

    /** {@code comentario} holds at most 250 characters. */
    static final int MAX_LENGTH = 250;

    private StatusComment() {
    }

    public static String of(OrderStatusChange change, String storeReference, Optional<OrderCarrier> carrier) {
        String order = storeReference.isBlank() ? "" : " (pedido " + storeReference + " de la tienda)";
        String text = switch (change) {
            case SHIPPED -> "Enviado" + order + carrier.map(StatusComment::shipment).orElse("") + ".";
            case DELIVERED -> "Entregado" + order + ".";
            case CANCELLED -> "Cancelado por la tienda" + order + ".";
        };
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    private static String shipment(OrderCarrier carrier) {
        String by = carrier.carrierName().isEmpty() ? "" : " por " + carrier.carrierName();
        String tracking = carrier.hasTrackingNumber() ? ", guía " + carrier.trackingNumber() : "";
        return by + tracking;
    }
}

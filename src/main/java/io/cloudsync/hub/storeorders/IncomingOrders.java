package io.cloudsync.hub.storeorders;

import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceShipping;
import java.time.LocalDateTime;

/** The mirror's marketplace order (the poll's canonical record) as the store import reads it. */
public final class IncomingOrders {

    private IncomingOrders() {
    }

    public static IncomingOrder of(MarketplaceOrder order) {
        MarketplaceShipping shipping = order.shipping();
        IncomingOrder.DeliveryAddress address = new IncomingOrder.DeliveryAddress(shipping.street(),
                shipping.betweenStreets(), shipping.neighbourhood(), shipping.city(), shipping.state(),
                shipping.postcode(), shipping.notes());
        return new IncomingOrder(order.id(), order.marketId(), order.market(), order.reference(),
                order.paidAt() == null ? "" : order.paidAt().toString(), order.email() == null ? "" : order.email(),
                shipping.recipient(), shipping.phone(), address, order.shippingCost(), order.subtotal(), order.total(),
                order.lines().stream().map(line -> new IncomingOrder.Line(line.lineId(), line.sku(), line.quantity(),
                        line.unitPrice(), line.fulfillment())).toList(), order.status().word(), registered(order));
    }

    private static String registered(MarketplaceOrder order) {
        LocalDateTime at = order.registeredAt() != null ? order.registeredAt() : order.placedAt();
        return at == null ? "" : at.toString();
    }
}

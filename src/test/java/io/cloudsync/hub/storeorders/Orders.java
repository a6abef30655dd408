package io.cloudsync.hub.storeorders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Marketplace orders for the tests: a Mercado Libre sale of two lines, and its variations. */
final class Orders {

    static final ImportSettings SETTINGS = new ImportSettings("marketsync", "marketplace.invalid",
            StatusWords.of("cancelled,canceled,refused,voided", "5:waiting acceptance,8:pending,8:pendiente"), 0, 0, 0, 0);

    static final StoreDirectory MEXICO = new StoreDirectory(1, 1, 2, 3, 145,
            Map.of("Ciudad de México", 66L, "Jalisco", 70L, "JAL", 70L), 2, 6, 8);

    private Orders() {
    }

    static IncomingOrder sale(long id, String referencia, List<IncomingOrder.Line> lines) {
        return new IncomingOrder(id, 4, "Mercado Libre", referencia, "2026-12-01 10:00:00", "", "María José López Pérez",
                "55 1234 5678", new IncomingOrder.DeliveryAddress("Av. Insurgentes Sur 1602", "Barranca del Muerto y"
                + " Río Mixcoac", "Crédito Constructor", "Benito Juárez", "CDMX", "03940", "Timbre 3"),
                new BigDecimal("99.00"), new BigDecimal("431.03"), new BigDecimal("599.00"), lines, "paid");
    }

    static IncomingOrder.Line line(String sku, int quantity, String price) {
        return new IncomingOrder.Line(sku, quantity, new BigDecimal(price), false);
    }

    static IncomingOrder withStatus(IncomingOrder order, String status) {
        return new IncomingOrder(order.marketsyncId(), order.marketId(), order.marketName(), order.referencia(),
                order.paidAt(), order.email(), order.recipient(), order.phone(), order.address(), order.shipping(),
                order.subtotal(), order.total(), order.lines(), status);
    }
}

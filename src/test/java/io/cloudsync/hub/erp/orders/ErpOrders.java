package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceOrderLine;
import io.cloudsync.hub.model.MarketplaceOrderStatus;
import io.cloudsync.hub.model.MarketplaceShipping;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderStatus;
import io.cloudsync.hub.model.OrderTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Store orders, marketplace orders and buyers for the ERP order tests, in PrestaShop's default states. */
public final class ErpOrders {

    public static final OrderStatus AWAITING_WIRE = new OrderStatus(10, "Awaiting bank wire payment", false, false,
            false, false, false, false);
    public static final OrderStatus PAYMENT_ACCEPTED = new OrderStatus(2, "Payment accepted", true, false, false,
            false, false, false);
    public static final OrderStatus SHIPPED = new OrderStatus(4, "Shipped", true, true, false, false, false, false);
    public static final OrderStatus CANCELLED = new OrderStatus(6, "Canceled", false, false, false, true, false,
            false);
    public static final OrderStatus REFUNDED = new OrderStatus(7, "Refunded", true, false, false, false, true,
            false);
    public static final OrderStatus PAYMENT_ERROR = new OrderStatus(8, "Payment error", false, false, false, false,
            false, true);

    private ErpOrders() {
    }

    public static OrderLine line(String sku, int quantity, String taxIncl, String taxExcl) {
        return OrderLine.of(quantity, 1, 0, sku, "Product " + sku, quantity, new BigDecimal(taxIncl),
                new BigDecimal(taxExcl));
    }

    public static Order storeOrder(long id, String reference, OrderStatus state, OrderLine... lines) {
        return storeOrder(id, reference, state, "ps_wirepayment", "Bank wire", lines);
    }

    public static Order storeOrder(long id, String reference, OrderStatus state, String module, String payment,
                                   OrderLine... lines) {
        return new Order(id, reference, 7, 70, "EUR", BigDecimal.ONE, module, payment, true, state,
                LocalDateTime.of(2026, 12, 5, 10, 30), Instant.parse("2026-12-05T09:30:00Z"),
                new OrderTotals(null, null, null, null, null, null, null, null, null), List.of(lines));
    }

    public static MarketplaceOrderLine marketplaceLine(String sku, int quantity, String unitPrice,
                                                       boolean fulfillment) {
        return MarketplaceOrderLine.of(quantity, 9, sku, "Model " + sku, "Camisa " + sku, quantity,
                new BigDecimal(unitPrice), "Rojo", "M", fulfillment);
    }

    public static MarketplaceOrder marketplaceOrder(long id, String reference, MarketplaceOrderStatus.Stage stage,
                                                    String email, MarketplaceOrderLine... lines) {
        MarketplaceShipping shipping = new MarketplaceShipping("María López", "5555", "Av. Reforma 10", "",
                "Juárez", "Ciudad de México", "CDMX", "06600", "", "", "", "", "");
        return new MarketplaceOrder(id, 4, "Mercado Libre", reference, new MarketplaceOrderStatus("word", stage),
                LocalDateTime.of(2026, 12, 4, 9, 0), LocalDateTime.of(2026, 12, 4, 9, 5), null,
                new BigDecimal("200.00"), new BigDecimal("282.00"), new BigDecimal("50.00"), BigDecimal.ZERO, email,
                shipping, "", List.of(lines));
    }

    public static Buyer buyer(String email) {
        BuyerAddress home = new BuyerAddress("Jane Doe", "Hauptstr. 1", "10115", "Berlin", "DE", "Germany");
        return new Buyer("Jane Doe", email, home, home);
    }
}

package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.model.MarketplaceOrder;
import io.cloudsync.hub.model.MarketplaceOrderLine;
import io.cloudsync.hub.model.MarketplaceOrderStatus;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.model.OrderLine;
import io.cloudsync.hub.model.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Store orders and marketplace orders as Tryton sales: pure. Which states make a sale: a store order whose state is
 * paid, shipped or delivered (PrestaShop's own flags: "Payment accepted", "Processing in progress", "Shipped",
 * "Delivered", "Remote payment accepted", "On backorder (paid)"), a marketplace order paid, shipped or delivered.
 * One awaiting payment (cheque, bank wire, cash on delivery; a marketplace's pending words) makes none yet: its
 * next state change brings it again. A cancelled or refunded one cancels its sale; a payment error or a return
 * changes nothing.
 */
public final class SaleOrderMapping {

    /** Tryton's sale line unit price keeps 4 decimals (more is refused). */
    static final int PRICE_DIGITS = 4;

    private SaleOrderMapping() {
    }

    public static SaleIntent intent(OrderStatus state) {
        if (state.cancelled() || state.refunded()) {
            return SaleIntent.CANCEL;
        }
        if (state.paymentError()) {
            return SaleIntent.NONE;
        }
        return state.paid() || state.shipped() || state.delivered() ? SaleIntent.SALE : SaleIntent.NONE;
    }

    public static SaleIntent intent(MarketplaceOrderStatus status) {
        return switch (status.stage()) {
            case PAID, SHIPPED, DELIVERED -> SaleIntent.SALE;
            case CANCELLED, REFUNDED -> SaleIntent.CANCEL;
            default -> SaleIntent.NONE;
        };
    }

    public static String storeKey(long storeOrderId) {
        return "store-order " + storeOrderId;
    }

    public static String marketplaceKey(long marketSyncOrderId) {
        return "marketplace-order " + marketSyncOrderId;
    }

    /** A plain store order's sale: "store" and the store order's reference. */
    public static String storeReference(Order order) {
        return "store " + (order.reference().isEmpty() ? "order " + order.id() : order.reference());
    }

    /**
     * A marketplace order's sale, shared by the store order the hub imported from it: the market's name (as the
     * store import writes it, "Market 4" when MarketSync sent none) and the order number on the marketplace.
     */
    public static String marketplaceReference(String market, long marketId, String reference) {
        String name = market == null || market.isBlank() ? "Market " + marketId : market.strip();
        return name + " " + (reference == null ? "" : reference.strip());
    }

    /** The sale of a store order; {@code buyer} may be null unless the order makes a sale. */
    public static SaleOrder fromStoreOrder(Order order, String reference, Buyer buyer) {
        String key = storeKey(order.id());
        SaleIntent intent = intent(order.state());
        if (intent == SaleIntent.CANCEL) {
            return SaleOrder.toCancel(key, reference);
        }
        if (intent == SaleIntent.NONE) {
            return SaleOrder.none(key, reference, "store order state '" + order.state().name() + "' ("
                    + order.state().id() + ") makes no sale");
        }
        List<SaleLine> lines = order.lines().stream().map(SaleOrderMapping::line).toList();
        LocalDate date = order.placedLocal() == null ? null : order.placedLocal().toLocalDate();
        return new SaleOrder(key, reference, SaleIntent.SALE, "", buyer, lines,
                "Store order " + order.reference() + " (id " + order.id() + ")", date);
    }

    /**
     * The sale of a marketplace order: the lines the seller ships (a line the marketplace ships from its own
     * warehouse is not the seller's to deliver), unit prices without tax from the order's subtotal (MarketSync sends
     * prices tax included and the subtotal before tax), the buyer in the country {@code countryCode}.
     */
    public static SaleOrder fromMarketplaceOrder(MarketplaceOrder order, String countryCode) {
        String key = marketplaceKey(order.id());
        String reference = marketplaceReference(order.market(), order.marketId(), order.reference());
        SaleIntent intent = intent(order.status());
        if (intent == SaleIntent.CANCEL) {
            return SaleOrder.toCancel(key, reference);
        }
        if (intent == SaleIntent.NONE) {
            return SaleOrder.none(key, reference, "marketplace status '" + order.status().word() + "' makes no sale");
        }
        List<MarketplaceOrderLine> own = order.lines().stream().filter(line -> !line.fulfillment()).toList();
        if (own.isEmpty()) {
            return SaleOrder.none(key, reference, "every line ships from the marketplace's warehouse");
        }
        BigDecimal ratio = taxFreeRatio(order);
        List<SaleLine> lines = own.stream().map(line -> new SaleLine(line.sku(), line.quantity(),
                price(line.unitPrice().multiply(ratio)), description(line))).toList();
        var shipping = order.shipping();
        String name = shipping.recipient().isEmpty() ? reference : shipping.recipient();
        String street = shipping.neighbourhood().isEmpty() ? shipping.street()
                : shipping.street() + "\n" + shipping.neighbourhood();
        BuyerAddress address = new BuyerAddress(name, street, shipping.postcode(), shipping.city(), countryCode, "");
        Buyer buyer = new Buyer(name, order.email() == null ? "" : order.email(), address, address);
        LocalDate date = order.paidAt() != null ? order.paidAt().toLocalDate()
                : order.placedAt() == null ? null : order.placedAt().toLocalDate();
        return new SaleOrder(key, reference, SaleIntent.SALE, "", buyer, lines,
                "Marketplace order " + reference + " (MarketSync order " + order.id() + ")", date);
    }

    /** Subtotal ÷ goods (total − shipping) when the subtotal is the smaller, positive amount; else 1. */
    static BigDecimal taxFreeRatio(MarketplaceOrder order) {
        BigDecimal goods = order.total().subtract(order.shippingCost());
        if (order.subtotal().signum() > 0 && goods.signum() > 0 && order.subtotal().compareTo(goods) < 0) {
            return order.subtotal().divide(goods, 10, RoundingMode.HALF_UP);
        }
        return BigDecimal.ONE;
    }

    private static SaleLine line(OrderLine line) {
        return new SaleLine(line.sku(), line.quantity(), price(line.unitPriceTaxExcl()), line.name());
    }

    private static String description(MarketplaceOrderLine line) {
        String text = line.description().isEmpty() ? line.model() : line.description();
        return line.variation().isEmpty() ? text : text + " - " + line.variation();
    }

    static BigDecimal price(BigDecimal value) {
        return value.setScale(PRICE_DIGITS, RoundingMode.HALF_UP);
    }
}

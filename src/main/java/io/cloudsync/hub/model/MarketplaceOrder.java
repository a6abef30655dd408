package io.cloudsync.hub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order a marketplace took, as MarketSync's {@code GET pedidos} reports it, in the hub's canonical form. Dates
 * are Mexico City wall-clock times, as MarketSync writes them. MarketSync's {@code fecha} (last update) is left out
 * on purpose, like a store order's {@code date_upd}: what changes an order (its status, its guide) changes the
 * record anyway, and a save that changes nothing must not make a change.
 *
 * @param id             MarketSync's order id (what {@code afterid} pages by)
 * @param marketId       the marketplace (1 Claro, 2 Linio, 4 Mercado Libre, 5 Walmart, 6 Amazon, 8 E-Commerce…)
 * @param reference      the order number on the marketplace ({@code referencia}), what {@code PUT pedidos} names
 * @param status         the marketplace's own status word and what it means
 * @param registeredAt   when MarketSync registered the order ({@code fecha_orden}, minutes after {@code placedAt}):
 *                       the time its stock cut-off compares; null when MarketSync sent none
 * @param email          the buyer's address, or null when the marketplace gave none or a placeholder
 * @param sellerOrderId  the seller's own order id ({@code orden_id}), empty until the seller set one
 */
public record MarketplaceOrder(
        long id,
        int marketId,
        String market,
        String reference,
        MarketplaceOrderStatus status,
        LocalDateTime placedAt,
        LocalDateTime paidAt,
        LocalDateTime registeredAt,
        BigDecimal subtotal,
        BigDecimal total,
        BigDecimal shippingCost,
        BigDecimal commission,
        String email,
        MarketplaceShipping shipping,
        String sellerOrderId,
        List<MarketplaceOrderLine> lines) {

    /** The mirror's entity, the flow, and the sync feed's path: one name, as for the store's orders. */
    public static final String ENTITY = "marketplace-orders";

    public MarketplaceOrder {
        market = market == null ? "" : market;
        reference = reference == null ? "" : reference.trim();
        sellerOrderId = sellerOrderId == null ? "" : sellerOrderId;
        subtotal = MarketplaceOrderLine.money(subtotal);
        total = MarketplaceOrderLine.money(total);
        shippingCost = MarketplaceOrderLine.money(shippingCost);
        commission = MarketplaceOrderLine.money(commission);
        lines = List.copyOf(lines);
    }

    /** Whether the marketplace ships every line from its own warehouse (nothing for the seller to send). */
    @JsonIgnore
    public boolean fulfilledByMarketplace() {
        return !lines.isEmpty() && lines.stream().allMatch(MarketplaceOrderLine::fulfillment);
    }

    /** Units of each seller SKU the order takes from the seller's own stock (fulfillment lines excluded). */
    @JsonIgnore
    public java.util.Map<String, Integer> unitsFromSellerStock() {
        java.util.Map<String, Integer> units = new java.util.LinkedHashMap<>();
        lines.stream().filter(line -> !line.fulfillment())
                .forEach(line -> units.merge(line.sku(), line.quantity(), Integer::sum));
        return units;
    }
}

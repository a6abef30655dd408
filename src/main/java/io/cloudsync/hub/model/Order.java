package io.cloudsync.hub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A store order in the hub's canonical form. Read from {@code /api/orders} with an explicit list of fields (the
 * order's {@code secure_key} is never asked for), its lines from {@code associations.order_rows}.
 * {@code date_upd} is left out on purpose, as for products: a state change changes {@link #state()} anyway,
 * and a save that changes nothing must not make a change.
 *
 * @param currency       ISO code of the currency the order was placed in
 * @param conversionRate the order currency's rate to the shop's default currency when it was placed (1 for the
 *                       default currency); report amounts are divided by it
 * @param paymentModule  the payment module ({@code ps_checkout}, {@code ps_wirepayment}…)
 * @param placedLocal    {@code date_add} as the shop wrote it: shop-local wall-clock time in {@code PS_TIMEZONE}
 * @param placedAt       the same moment as an instant (the earlier one when a daylight-saving fall-back makes the
 *                       wall-clock time happen twice)
 */
public record Order(
        long id,
        String reference,
        long customerId,
        long cartId,
        String currency,
        BigDecimal conversionRate,
        String paymentModule,
        String payment,
        boolean valid,
        OrderStatus state,
        LocalDateTime placedLocal,
        Instant placedAt,
        OrderTotals totals,
        List<OrderLine> lines) {

    /** The mirror's entity name for orders (ingested by the order flow, pruned by the reports' retention). */
    public static final String ENTITY = "orders";

    public Order {
        reference = reference == null ? "" : reference.trim();
        currency = currency == null ? "" : currency;
        lines = List.copyOf(lines);
    }

    /** Whether the order counts in sales figures: see {@link OrderStatus#countsAsSale()}. */
    @JsonIgnore
    public boolean countsAsSale() {
        return state.countsAsSale();
    }
}

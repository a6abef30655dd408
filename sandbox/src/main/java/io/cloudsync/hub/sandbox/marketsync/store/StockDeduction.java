package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.catalogue.OrderStatuses;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Which units of an order MarketSync deducts from the stock it was sent ({@code teorico} = stock − deducted), per
 * seller SKU. The documentation: orders registered from the cut-off date on (POST stock {@code update_stock}; one
 * date for the whole account) count as sales. It says nothing of cancellations or fulfillment; the sandbox's
 * choice, stated so the hub can match it:
 * <ul>
 *   <li>an order registered ({@code fecha_orden}) before the cut-off: nothing (at the same second: deducted);</li>
 *   <li>no cut-off set yet: every order counts;</li>
 *   <li>an order whose current status is one of its market's cancellation words: nothing (the sale did not
 *       happen; a cancellation gives its units back);</li>
 *   <li>a {@code fulfillment} line: nothing (the marketplace shipped it from its own stock).</li>
 * </ul>
 */
public final class StockDeduction {

    private final IntFunction<OrderStatuses> statuses;

    /** {@code statuses}: the status words of a market id ({@code null} when unknown: nothing is a cancellation). */
    public StockDeduction(IntFunction<OrderStatuses> statuses) {
        this.statuses = statuses;
    }

    public Map<String, Integer> units(Order order, LocalDateTime cutoff) {
        Map<String, Integer> units = new LinkedHashMap<>();
        if (cutoff != null && order.fechaOrden().isBefore(cutoff)) {
            return units;
        }
        OrderStatuses known = statuses.apply(order.marketId());
        if (known != null && known.cancels(order.estatus())) {
            return units;
        }
        for (OrderLine line : order.items()) {
            if (!line.fulfillment()) {
                units.merge(line.sku(), line.cantidad(), Integer::sum);
            }
        }
        return units;
    }
}

package io.cloudsync.hub.storeorders;

import io.cloudsync.hub.marketsync.stock.MarketSyncTime;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports;
import io.cloudsync.hub.marketsync.stock.MarketplaceOrderImports.OrderLine;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the stock cut-off must know of the marketplace orders the import handles ({@code marketplace_order_import}):
 * the lines taken from the seller's stock of every order seen, before anything is written to the store; that the
 * store holds an order, only once PrestaShop took its stock out; that an order is cancelled, before the store order
 * gives its stock back. See {@link MarketplaceOrderImports}.
 */
public final class StockCutoffRecords {

    private final MarketplaceOrderImports imports;

    public StockCutoffRecords(MarketplaceOrderImports imports) {
        this.imports = imports;
    }

    /** Records the seller-stock lines of these orders (lines already recorded stay as they are). */
    public void seen(Collection<IncomingOrder> orders) {
        List<OrderLine> lines = new ArrayList<>();
        orders.forEach(order -> lines.addAll(lines(order)));
        if (!lines.isEmpty()) {
            imports.recordSeen(lines);
        }
    }

    public void imported(long marketsyncId, long storeOrderId) {
        imports.recordImported(marketsyncId, storeOrderId);
    }

    public void cancelled(long marketsyncId) {
        imports.recordCancelled(marketsyncId);
    }

    /**
     * The order's lines that come out of the seller's stock ({@code fulfillment} lines never do), registered when
     * MarketSync registered the order; none when that time is unknown (the store's count then simply holds the sale
     * once imported, which only lowers the figures). A line without MarketSync's id is numbered by its position.
     */
    static List<OrderLine> lines(IncomingOrder order) {
        Instant registered = registered(order.registeredAt());
        if (registered == null) {
            return List.of();
        }
        List<OrderLine> lines = new ArrayList<>();
        List<IncomingOrder.Line> all = order.lines();
        for (int i = 0; i < all.size(); i++) {
            IncomingOrder.Line line = all.get(i);
            if (line.fulfillment() || line.quantity() <= 0 || line.sku().isEmpty()) {
                continue;
            }
            long lineId = line.lineId() > 0 ? line.lineId() : i + 1;
            lines.add(new OrderLine(order.marketsyncId(), lineId, order.marketId(), registered, line.sku(),
                    line.quantity()));
        }
        return lines;
    }

    private static Instant registered(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return MarketSyncTime.instant(text.length() == 16 ? text + ":00" : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package io.cloudsync.hub.sandbox.marketsync.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A marketplace order. Dates are Mexico City wall-clock times: {@code fechaPedido} when the buyer ordered on the
 * marketplace, {@code fechaOrden} when MarketSync registered it (what the stock cut-off compares), {@code fecha} its
 * last change. Amounts are ten-thousandths. {@code history} holds every status change with its comment, oldest
 * first (the first entry is the status the order arrived with). {@code marketId} 0 is the seller's own web store
 * (orders created through POST pedidos).
 */
public record Order(long id, int marketId, String market, String referencia, LocalDateTime fechaPedido,
                    LocalDateTime fechaAutoriza, LocalDateTime fechaOrden, long subtotal, long total, long envio,
                    long comision, String email, ShippingAddress shipping, String estatus, String mensajeria,
                    String guias, String ordenId, String shippingId, LocalDateTime fecha, List<OrderLine> items,
                    List<StatusChange> history) {

    public static final int WEB_MARKET_ID = 0;
    public static final String WEB_MARKET = "Web";

    public Order {
        items = List.copyOf(items);
        history = List.copyOf(history);
    }

    /** The comment of the latest status change ({@code ""} when none). */
    public String comentario() {
        return history.isEmpty() ? "" : history.get(history.size() - 1).comentario();
    }

    /** The same order under its definitive id, its lines numbered from {@code lineIds}. */
    public Order numbered(long newId, java.util.function.LongSupplier lineIds) {
        List<OrderLine> lines = items.stream().map(l -> l.numbered(lineIds.getAsLong())).toList();
        return new Order(newId, marketId, market, referencia, fechaPedido, fechaAutoriza, fechaOrden, subtotal, total,
                envio, comision, email, shipping, estatus, mensajeria, guias, ordenId, shippingId, fecha, lines,
                history);
    }

    /** The order after a status change at {@code at}: the change joins the history and {@code fecha} moves. */
    public Order withStatus(StatusChange change) {
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return new Order(id, marketId, market, referencia, fechaPedido, fechaAutoriza, fechaOrden, subtotal, total,
                envio, comision, email, shipping, change.estatus(), mensajeria, guias, ordenId, shippingId,
                change.at(), items, longer);
    }

    /** The order once a shipping label was made: its carrier and tracking number, {@code fecha} moved. */
    public Order withGuide(String newMensajeria, String newGuias, LocalDateTime at) {
        return new Order(id, marketId, market, referencia, fechaPedido, fechaAutoriza, fechaOrden, subtotal, total,
                envio, comision, email, shipping, estatus, newMensajeria, newGuias, ordenId, shippingId, at, items,
                history);
    }
}

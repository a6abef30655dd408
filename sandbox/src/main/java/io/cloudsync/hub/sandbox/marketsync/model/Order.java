package io.cloudsync.hub.sandbox.marketsync.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A marketplace order. Dates are Mexico City wall-clock times; amounts are ten-thousandths. {@code marketId} 0 is
 * the seller's own web store (orders created through POST pedidos).
 */
public record Order(long id, int marketId, String market, String referencia, LocalDateTime fechaPedido,
                    LocalDateTime fechaAutoriza, long subtotal, long total, long envio, long comision, String email,
                    ShippingAddress shipping, String estatus, String comentario, String mensajeria, String guias,
                    String ordenId, String shippingId, LocalDateTime fecha, List<OrderLine> items) {

    public static final int WEB_MARKET_ID = 0;
    public static final String WEB_MARKET = "Web";

    public Order {
        items = List.copyOf(items);
    }

    /** The same order under its definitive id, its lines numbered from {@code lineIds}. */
    public Order numbered(long newId, java.util.function.LongSupplier lineIds) {
        List<OrderLine> lines = items.stream().map(l -> new OrderLine(lineIds.getAsLong(), l.productId(), l.sku(),
                l.modelo(), l.descripcion(), l.cantidad(), l.precio(), l.color(), l.variacion())).toList();
        return new Order(newId, marketId, market, referencia, fechaPedido, fechaAutoriza, subtotal, total, envio,
                comision, email, shipping, estatus, comentario, mensajeria, guias, ordenId, shippingId, fecha, lines);
    }

    public Order withStatus(String newEstatus, String newComentario, LocalDateTime at) {
        return new Order(id, marketId, market, referencia, fechaPedido, fechaAutoriza, subtotal, total, envio,
                comision, email, shipping, newEstatus, newComentario, mensajeria, guias, ordenId, shippingId, at, items);
    }
}

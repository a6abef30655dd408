package io.cloudsync.hub.storeorders;

import java.math.BigDecimal;
import java.util.List;

/**
 * A marketplace order as the store import needs it: MarketSync's {@code pedidos} record reduced to what creates a
 * store order. Amounts are tax included, as MarketSync sends them; {@code email} may be empty (marketplaces often give
 * none); {@code status} is the marketplace's own word.
 *
 * @param marketsyncId MarketSync's order id ({@code id}): the key of the import ledger
 * @param referencia   the order number on the marketplace, the one shop staff look for
 * @param paidAt       {@code fecha_autoriza} as sent, empty when not paid yet
 * @param subtotal     before tax
 * @param total        tax included, shipping included
 * @param registeredAt when MarketSync registered it ({@code fecha_orden}, Mexico City wall-clock text as sent; the
 *                     creation date {@code fecha_pedido} when it sent none, an earlier time: a sale then counts as
 *                     registered earlier, which only lowers the stock figures), empty when unknown
 */
public record IncomingOrder(long marketsyncId, int marketId, String marketName, String referencia, String paidAt,
                            String email, String recipient, String phone, DeliveryAddress address,
                            BigDecimal shipping, BigDecimal subtotal, BigDecimal total, List<Line> lines,
                            String status, String registeredAt) {

    public IncomingOrder {
        marketName = text(marketName);
        referencia = text(referencia);
        paidAt = text(paidAt);
        email = text(email);
        recipient = text(recipient);
        phone = text(phone);
        status = text(status);
        registeredAt = text(registeredAt);
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
        subtotal = subtotal == null ? BigDecimal.ZERO : subtotal;
        total = total == null ? BigDecimal.ZERO : total;
        lines = List.copyOf(lines);
    }

    /** An order whose registration time is unknown. */
    public IncomingOrder(long marketsyncId, int marketId, String marketName, String referencia, String paidAt,
                         String email, String recipient, String phone, DeliveryAddress address, BigDecimal shipping,
                         BigDecimal subtotal, BigDecimal total, List<Line> lines, String status) {
        this(marketsyncId, marketId, marketName, referencia, paidAt, email, recipient, phone, address, shipping,
                subtotal, total, lines, status, "");
    }

    /**
     * Where the parcel goes, in MarketSync's Mexican address fields.
     *
     * @param direccion    street and number
     * @param entrecalles  the cross streets
     * @param colonia      the neighbourhood
     * @param estado       the state, as the buyer wrote it
     * @param observaciones delivery hints
     */
    public record DeliveryAddress(String direccion, String entrecalles, String colonia, String ciudad, String estado,
                                  String cp, String observaciones) {

        public DeliveryAddress {
            direccion = text(direccion);
            entrecalles = text(entrecalles);
            colonia = text(colonia);
            ciudad = text(ciudad);
            estado = text(estado);
            cp = text(cp);
            observaciones = text(observaciones);
        }
    }

    /**
     * One line: the variation's seller SKU, units, unit price (tax included), and whether the marketplace ships it
     * from its own warehouse ({@code fulfillment}: such a line never touches the store's stock); {@code lineId} is
     * MarketSync's id of the line ({@code items[].id}), 0 when it sent none.
     */
    public record Line(long lineId, String sku, int quantity, BigDecimal unitPrice, boolean fulfillment) {

        public Line {
            sku = text(sku);
            unitPrice = unitPrice == null ? BigDecimal.ZERO : unitPrice;
        }

        public Line(String sku, int quantity, BigDecimal unitPrice, boolean fulfillment) {
            this(0, sku, quantity, unitPrice, fulfillment);
        }
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}

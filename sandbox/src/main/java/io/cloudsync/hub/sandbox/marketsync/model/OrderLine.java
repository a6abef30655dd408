package io.cloudsync.hub.sandbox.marketsync.model;

/**
 * A line of an order: {@code sku} is the variation's seller SKU, {@code precio} the unit price (ten-thousandths),
 * {@code fulfillment} true when the marketplace ships it from its own warehouse (the seller's stock is not used).
 */
public record OrderLine(long id, long productId, String sku, String modelo, String descripcion, int cantidad,
                        long precio, String color, String variacion, boolean fulfillment) {

    public OrderLine numbered(long newId) {
        return new OrderLine(newId, productId, sku, modelo, descripcion, cantidad, precio, color, variacion,
                fulfillment);
    }
}

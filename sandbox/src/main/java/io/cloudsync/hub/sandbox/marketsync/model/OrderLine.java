package io.cloudsync.hub.sandbox.marketsync.model;

/** A line of an order: {@code sku} is the variation's seller SKU, {@code precio} the unit price (ten-thousandths). */
public record OrderLine(long id, long productId, String sku, String modelo, String descripcion, int cantidad,
                        long precio, String color, String variacion) {
}

package io.cloudsync.hub.sandbox.marketsync.model;

/** Where an order goes, with the columns MarketSync's pedidos carry. */
public record ShippingAddress(String entregara, String telefono, String direccion, String entrecalles,
                              String colonia, String ciudad, String estado, String cp, String observaciones) {
}

package io.cloudsync.hub.erp.stock;

/**
 * What Tryton can sell of a SKU in the hub's warehouse: the product's id in Tryton, and its available quantity
 * ({@link Availability}).
 */
public record TrytonAvailable(String sku, long trytonProduct, int available) {
}

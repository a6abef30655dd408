package io.cloudsync.hub.erp.stock;

/**
 * A Tryton order point of a product in the hub's warehouse ({@code stock.order_point}, type purchase): its minimum
 * overrides the hub's low-stock threshold, its target is what a purchase request fills up to.
 */
public record OrderPoint(int minQuantity, int targetQuantity) {
}

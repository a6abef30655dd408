package io.cloudsync.hub.erp.stock;

/**
 * Tryton's available quantity of a product in a warehouse, the figure the store should show: the quantity on hand
 * (the warehouse's done moves) less what is promised out of it (its outgoing moves still draft or assigned: a
 * confirmed sale's shipment). Measured on trytond 6.0 through a sale, a purchase and its receipt (docs/erp.md,
 * "Stock master"): it drops when a sale is confirmed and rises only when goods are received — never when a purchase
 * is confirmed, a supplier shipment is announced or a customer return is expected, which Tryton's
 * {@code forecast_quantity} all count. Units are whole in the store: a fraction is rounded down, and a warehouse
 * sold beyond its stock shows 0.
 */
public final class Availability {

    private Availability() {
    }

    public static int of(double onHand, double promisedOut) {
        double available = Math.floor(onHand - promisedOut + 1e-9);
        if (available <= 0) {
            return 0;
        }
        return available >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) available;
    }
}

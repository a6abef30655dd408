package io.cloudsync.hub.erp.orders;

/** What an order asks of Tryton now: a confirmed sale, the cancellation of its sale, or nothing (yet). */
public enum SaleIntent {
    SALE,
    CANCEL,
    NONE
}

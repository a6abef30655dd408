package io.cloudsync.hub.erp.orders;

/** The party's addresses a sale uses (Tryton ids). */
public record PartyAddresses(long invoice, long shipment) {
}

package io.cloudsync.hub.erp.orders;

/**
 * Who bought, as Tryton's party needs it: a name, an e-mail (empty when the marketplace gave none: then the party is
 * not looked up, a new one is made) and the invoice and shipment addresses. Never a password or a secure key: the
 * store is asked for named fields only. {@link #toString()} tells nothing about the person (logs, dead letters).
 */
public record Buyer(String name, String email, BuyerAddress invoiceAddress, BuyerAddress shipmentAddress) {

    public Buyer {
        name = BuyerAddress.text(name);
        email = BuyerAddress.text(email);
        if (invoiceAddress == null) {
            invoiceAddress = shipmentAddress;
        }
        if (shipmentAddress == null) {
            shipmentAddress = invoiceAddress;
        }
    }

    public boolean hasEmail() {
        return !email.isEmpty();
    }

    /** One address when both are the same place. */
    public boolean oneAddress() {
        return invoiceAddress == null || invoiceAddress.samePlace(shipmentAddress);
    }

    @Override
    public String toString() {
        return "Buyer[…]";
    }
}

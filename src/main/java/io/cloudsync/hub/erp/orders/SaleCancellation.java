package io.cloudsync.hub.erp.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a sale is cancelled in Tryton 6.0, from its state and its customer shipments': pure. A draft or quotation is
 * cancelled; a processing one cannot be (Tryton has no way from processing to cancelled): its shipments not done
 * are cancelled and the shipment exception is handled ignoring their moves, which ends the sale as done with every
 * shipment cancelled — the hub's "cancelled". A sale with a shipment done was delivered: it cannot be cancelled.
 */
public final class SaleCancellation {

    private SaleCancellation() {
    }

    /** The shipments to cancel (neither done nor cancelled), or a refusal when one is done already. */
    public static List<Long> shipmentsToCancel(SaleOrder order, long saleId, List<? extends Map<String, ?>> shipments) {
        List<Long> open = new ArrayList<>();
        for (Map<String, ?> shipment : shipments == null ? List.<Map<String, ?>>of() : shipments) {
            long id = ((Number) shipment.get("id")).longValue();
            String state = String.valueOf(shipment.get("state"));
            if ("done".equals(state)) {
                throw new SaleRefusedException(order.toString(), List.of("Tryton sale " + saleId + " has shipment "
                        + id + " done (sent to the customer): a sale whose shipment is done cannot be cancelled;"
                        + " take the goods back with a customer return in Tryton, then discard this letter"));
            }
            if (!"cancelled".equals(state)) {
                open.add(id);
            }
        }
        return open;
    }

    /**
     * Whether the sale is cancelled as far as the hub can make it: state cancelled, or done with every shipment
     * cancelled (a processing sale after its shipment exception was handled).
     */
    public static boolean cancelled(String state, List<? extends Map<String, ?>> shipments) {
        if ("cancelled".equals(state)) {
            return true;
        }
        return "done".equals(state) && shipments != null && !shipments.isEmpty()
                && shipments.stream().allMatch(shipment -> "cancelled".equals(String.valueOf(shipment.get("state"))));
    }
}

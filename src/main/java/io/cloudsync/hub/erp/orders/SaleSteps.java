package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.deadletter.DeadLetterRepository;
import java.util.List;
import java.util.Map;

/**
 * Bean {@code erpSaleSteps}: the sale ledger's bookkeeping between the calls of
 * {@code routes/erp-tryton-orders.camel.yaml}, and the checks of what Tryton did: a button answers null whether or
 * not it changed anything, so the state read after it decides. Each method returns the order's line for the log.
 */
public final class SaleSteps {

    private final SaleLedger ledger;
    private final DeadLetterRepository deadLetters;

    public SaleSteps(SaleLedger ledger, DeadLetterRepository deadLetters) {
        this.ledger = ledger;
        this.deadLetters = deadLetters;
    }

    /** Before the create call. */
    public void sending(SaleOrder order) {
        ledger.sending(order);
    }

    public void created(SaleOrder order, long saleId) {
        ledger.created(order, saleId);
    }

    /** After quote and confirm: the sale must be processing (done, once shipped), else the order is refused. */
    public String confirmed(SaleOrder order, long saleId, String state) {
        if (!"processing".equals(state) && !"done".equals(state)) {
            throw new SaleRefusedException(order.toString(), List.of("Tryton sale " + saleId + " is " + state
                    + " after quote and confirm, not processing (a confirmed sale whose processing failed: see"
                    + " Tryton's log; its invoice method must be manual)"));
        }
        ledger.confirmed(order, saleId);
        return order + ": Tryton sale " + saleId + " " + state;
    }

    /** After the cancellation: the sale must be cancelled (or done with every shipment cancelled). */
    public String cancelled(SaleOrder order, Long saleId, String state, List<Map<String, Object>> shipments) {
        if (saleId == null) {
            ledger.cancelled(order, 0);
            return order + ": cancelled before any sale was made";
        }
        if (!SaleCancellation.cancelled(state, shipments)) {
            throw new SaleRefusedException(order.toString(), List.of("Tryton sale " + saleId + " is " + state
                    + " after its cancellation"));
        }
        ledger.cancelled(order, saleId);
        return order + ": Tryton sale " + saleId + " cancelled";
    }

    /** An order handled: a dead letter it left earlier is resolved. */
    public void settled(String sink, String key) {
        deadLetters.resolve(sink, List.of(key));
    }
}

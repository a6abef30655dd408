package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bean {@code erpSaleCalls}: the JSON-RPC calls of {@code routes/erp-tryton-orders.camel.yaml}, one method per step,
 * each a {@link TrytonCall} for {@code direct:erp-tryton-call}. The route reads the answers with jsonpath.
 */
public final class SaleCalls {

    static final String SALE = "sale.sale";
    static final String SHIPMENT = "stock.shipment.out";
    static final String EXCEPTION_WIZARD = "wizard.sale.handle.shipment.exception.";

    private final TrytonReferences references;

    public SaleCalls(TrytonReferences references) {
        this.references = references;
    }

    /** The sale of that reference, oldest first: id, state, shipments. */
    public TrytonCall findSale(SaleOrder order) {
        return TrytonCall.model(SALE, "search_read", List.of(List.of("reference", "=", order.reference())), 0, null,
                List.of(List.of("id", "ASC")), List.of("id", "state", "shipments"));
    }

    public TrytonCall findProducts(SaleOrder order) {
        return TrytonCall.model("product.product", "search_read", List.of(List.of("code", "in", order.skus())), 0,
                null, null, List.of("code"));
    }

    /** The party with the buyer's e-mail (one of its contact mechanisms). */
    public TrytonCall findParty(SaleOrder order) {
        return TrytonCall.model("party.party", "search_read", List.of(List.of("contact_mechanisms.type", "=", "email"),
                List.of("contact_mechanisms.value", "=", order.buyer().email())), 0, 1, List.of(List.of("id", "ASC")),
                List.of("id"));
    }

    public TrytonCall createParty(SaleOrder order) {
        return TrytonCall.model("party.party", "create", List.of(SaleValues.party(order.buyer(), this::country)));
    }

    /** Product id by SKU from the products found, or the order refused naming every SKU Tryton does not know. */
    public Map<String, Long> productIds(SaleOrder order, List<Map<String, Object>> products) {
        return SaleProducts.ids(order, products);
    }

    /** The draft sale, its lines by product id ({@link #productIds}). */
    public TrytonCall createSale(SaleOrder order, long party, PartyAddresses addresses, Map<String, Long> ids) {
        SaleValues.SaleReferences ours = new SaleValues.SaleReferences(references.company(), references.warehouse(),
                references.unit());
        return TrytonCall.model(SALE, "create", List.of(SaleValues.sale(order, ours, party, addresses, ids)));
    }

    /** A button of the sale (quote, confirm, draft, cancel): Tryton answers null whether or not it did anything. */
    public TrytonCall button(String button, long saleId) {
        return TrytonCall.model(SALE, button, List.of(saleId));
    }

    public TrytonCall shipmentStates(List<?> shipmentIds) {
        return TrytonCall.model(SHIPMENT, "read", ids(shipmentIds), List.of("id", "state"));
    }

    /** The shipments to cancel, or the cancellation refused when one is done already ({@link SaleCancellation}). */
    public List<Long> openShipments(SaleOrder order, long saleId, List<Map<String, Object>> shipments) {
        return SaleCancellation.shipmentsToCancel(order, saleId, shipments);
    }

    public TrytonCall cancelShipments(List<Long> shipmentIds) {
        return TrytonCall.model(SHIPMENT, "cancel", shipmentIds);
    }

    /** The handle-shipment-exception wizard: start, ask (its defaults list the moves), handle ignoring them, end. */
    public TrytonCall exceptionWizardStart() {
        return new TrytonCall(EXCEPTION_WIZARD + "create", List.of(context()));
    }

    public TrytonCall exceptionWizardAsk(long wizardId, long saleId) {
        return new TrytonCall(EXCEPTION_WIZARD + "execute", List.of(wizardId, Map.of(), "ask", saleContext(saleId)));
    }

    /** Handles the exception recreating no move: every cancelled move is ignored. */
    public TrytonCall exceptionWizardIgnore(long wizardId, long saleId, List<?> moves) {
        Map<String, Object> ask = Map.of("recreate_moves", List.of(), "domain_moves", ids(moves));
        return new TrytonCall(EXCEPTION_WIZARD + "execute", List.of(wizardId, Map.of("ask", ask), "handle",
                saleContext(saleId)));
    }

    public TrytonCall exceptionWizardEnd(long wizardId) {
        return new TrytonCall(EXCEPTION_WIZARD + "delete", List.of(wizardId, context()));
    }

    private long country(BuyerAddress address) {
        return references.country(address.countryCode(), address.countryName());
    }

    /** A wizard's context: the session's is merged into model calls only, so the company goes here. */
    private Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("company", references.company());
        return context;
    }

    private Map<String, Object> saleContext(long saleId) {
        Map<String, Object> context = context();
        context.put("active_model", SALE);
        context.put("active_id", saleId);
        context.put("active_ids", List.of(saleId));
        return context;
    }

    private static List<Long> ids(List<?> values) {
        List<Long> ids = new ArrayList<>();
        for (Object value : values == null ? List.of() : values) {
            ids.add(value instanceof Number number ? number.longValue() : Long.parseLong(value.toString()));
        }
        return ids;
    }
}

package io.cloudsync.hub.storeorders;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one marketplace order becomes in the store, before anything is written: the customer (found by e-mail or
 * created), the delivery address, the cart lines (lines shipped by the marketplace are not in it) and the order with
 * its payment text and totals.
 */
public record StoreOrderPlan(CustomerDraft customer, AddressDraft address, List<CartLine> lines, OrderDraft order) {

    public StoreOrderPlan {
        lines = List.copyOf(lines);
    }

    /** A plan with nothing for the store: every line ships from the marketplace's warehouse. */
    public boolean nothingForTheStore() {
        return lines.isEmpty();
    }

    public record CustomerDraft(String email, String firstname, String lastname, long languageId, long groupId) {
    }

    /** A Mexican delivery address; {@code stateId} 0 when the store's states are unknown. */
    public record AddressDraft(String alias, String firstname, String lastname, long countryId, long stateId,
                               String address1, String address2, String postcode, String city, String phone,
                               String other) {
    }

    public record CartLine(String sku, StoreVariant variant, int quantity, BigDecimal unitPrice) {
    }

    /**
     * The order's own fields. {@code payment} names the market and its order number, so shop staff see where it
     * came from; {@code note} adds MarketSync's id.
     */
    public record OrderDraft(String module, String payment, String note, long currencyId, long languageId,
                             long carrierId, long stateId, BigDecimal totalProductsTaxIncl,
                             BigDecimal totalProductsTaxExcl, BigDecimal totalShipping, BigDecimal totalPaid) {
    }
}

package io.cloudsync.hub.storeorders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one marketplace order becomes in the store, before anything is written: the customer (found by e-mail or
 * created), the delivery address, the cart lines and the order with its payment text and totals. {@code units} are
 * the units per SKU the store order carries (lines shipped by the marketplace are not in it).
 */
public record StoreOrderPlan(CustomerDraft customer, AddressDraft address, List<CartLine> lines, OrderDraft order,
                             Map<String, Integer> units) {

    public StoreOrderPlan {
        lines = List.copyOf(lines);
        units = Map.copyOf(units);
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

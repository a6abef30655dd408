package io.cloudsync.hub.erp.orders;

import io.cloudsync.hub.erp.tryton.TrytonValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The values Tryton's create calls take for a sale and its buyer: pure. Decimals go as Tryton's Decimal objects
 * (a JSON float is refused), quantities as numbers, invoice method manual (facts: an invoice on confirm needs a
 * chart of accounts the hub does not set up).
 */
public final class SaleValues {

    private SaleValues() {
    }

    /** A party: the buyer's name, e-mail and addresses (invoice and shipment, one when they are the same place). */
    public static Map<String, Object> party(Buyer buyer, ToLongFunction<BuyerAddress> country) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("name", buyer.name().isEmpty() ? buyer.email() : buyer.name());
        if (buyer.hasEmail()) {
            party.put("contact_mechanisms", List.of(List.of("create",
                    List.of(Map.of("type", "email", "value", buyer.email())))));
        }
        List<Map<String, Object>> addresses = new ArrayList<>();
        if (buyer.shipmentAddress() != null) {
            addresses.add(address(buyer.shipmentAddress(), buyer.oneAddress(), true, country));
            if (!buyer.oneAddress()) {
                addresses.add(address(buyer.invoiceAddress(), true, false, country));
            }
            party.put("addresses", List.of(List.of("create", addresses)));
        }
        return party;
    }

    /** An address of a party; {@code country} turns its ISO code into Tryton's country id (-1: none). */
    public static Map<String, Object> address(BuyerAddress address, boolean invoice, boolean delivery,
                                              ToLongFunction<BuyerAddress> country) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", address.name());
        values.put("street", address.street());
        values.put("postal_code", address.postalCode());
        values.put("city", address.city());
        long countryId = address.countryCode().isEmpty() ? -1 : country.applyAsLong(address);
        if (countryId > 0) {
            values.put("country", countryId);
        }
        values.put("invoice", invoice);
        values.put("delivery", delivery);
        return values;
    }

    /**
     * A draft sale: party and addresses, the reference it is found by, invoice method manual, the fields the mapping
     * file adds, one line per order line by product id (every SKU must be in {@code products}).
     */
    public static Map<String, Object> sale(SaleOrder order, SaleReferences references, long party,
                                           PartyAddresses addresses, Map<String, Long> products) {
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("party", party);
        sale.put("invoice_address", addresses.invoice());
        sale.put("shipment_address", addresses.shipment());
        sale.put("company", references.company());
        sale.put("warehouse", references.warehouse());
        sale.put("reference", order.reference());
        sale.put("description", order.description());
        sale.put("invoice_method", "manual");
        sale.put("sale_date", TrytonValues.date(order.date() == null ? LocalDate.now() : order.date()));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SaleLine line : order.lines()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("type", "line");
            values.put("product", products.get(line.sku()));
            values.put("quantity", (double) line.quantity());
            values.put("unit", references.unit());
            values.put("unit_price", TrytonValues.decimal(line.unitPrice()));
            values.put("description", line.description().isEmpty() ? line.sku() : line.description());
            lines.add(values);
        }
        order.fields().forEach((field, value) -> sale.put(field, value.json()));
        sale.put("lines", List.of(List.of("create", lines)));
        return sale;
    }

    /** The Tryton ids the sale is written against. */
    public record SaleReferences(long company, long warehouse, long unit) {
    }
}

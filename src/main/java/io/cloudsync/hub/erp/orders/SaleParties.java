package io.cloudsync.hub.erp.orders;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.erp.tryton.TrytonCall;
import io.cloudsync.hub.erp.tryton.TrytonCalls;
import io.cloudsync.hub.erp.tryton.TrytonReferences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bean {@code erpSaleParties}: the party addresses a sale goes to. A party the hub found by e-mail may have moved: the
 * order's invoice and shipment addresses are looked for among the party's (same street, postal code and city) and
 * added when missing, so a sale never ships to an old address.
 */
public final class SaleParties {

    private final TrytonCalls tryton;
    private final TrytonReferences references;

    public SaleParties(TrytonCalls tryton, TrytonReferences references) {
        this.tryton = tryton;
        this.references = references;
    }

    public PartyAddresses addresses(SaleOrder order, long party) {
        JsonNode known = tryton.call(TrytonCall.model("party.address", "search_read", List.of(List.of("party", "=",
                party)), 0, null, List.of(List.of("id", "ASC")), List.of("id", "street", "postal_code", "city")));
        Buyer buyer = order.buyer();
        long shipment = address(party, known, buyer.shipmentAddress(), buyer.oneAddress(), true);
        long invoice = buyer.oneAddress() ? shipment
                : address(party, known, buyer.invoiceAddress(), true, false);
        return new PartyAddresses(invoice, shipment);
    }

    private long address(long party, JsonNode known, BuyerAddress wanted, boolean invoice, boolean delivery) {
        for (JsonNode row : known) {
            if (wanted == null || wanted.samePlace(text(row, "street"), text(row, "postal_code"), text(row, "city"))) {
                return row.path("id").asLong();
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("party", party);
        if (wanted != null) {
            values.putAll(SaleValues.address(wanted, invoice, delivery,
                    address -> references.country(address.countryCode(), address.countryName())));
        }
        return tryton.call(TrytonCall.model("party.address", "create", List.of(values))).get(0).asLong();
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asText();
    }
}

package io.cloudsync.hub.erp.orders;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.model.Order;
import io.cloudsync.hub.store.StoreClient;
import io.cloudsync.hub.store.StoreException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The buyer of a store order, read from the store by named fields only (the customer's password hash and secure key
 * are never asked for): the customer's name and e-mail, the order's invoice and delivery addresses, and their
 * country's ISO code ({@code countries}; a key without that right gives addresses without a country).
 */
public final class StoreBuyers {

    private final StoreClient store;
    private final Map<Long, String> countryCodes = new ConcurrentHashMap<>();

    public StoreBuyers(StoreClient store) {
        this.store = store;
    }

    public Buyer of(Order order) {
        JsonNode row = store.get("orders/" + order.id(), Map.of("display",
                "[id,id_customer,id_address_delivery,id_address_invoice]")).path("order");
        long customerId = row.path("id_customer").asLong(order.customerId());
        JsonNode customer = store.get("customers/" + customerId, Map.of("display", "[id,firstname,lastname,email]"))
                .path("customer");
        String name = (customer.path("firstname").asText("") + " " + customer.path("lastname").asText("")).strip();
        BuyerAddress delivery = address(row.path("id_address_delivery").asLong());
        long invoiceId = row.path("id_address_invoice").asLong();
        BuyerAddress invoice = invoiceId == row.path("id_address_delivery").asLong() ? delivery : address(invoiceId);
        return new Buyer(name, customer.path("email").asText(""), invoice, delivery);
    }

    private BuyerAddress address(long id) {
        if (id <= 0) {
            return null;
        }
        JsonNode address = store.get("addresses/" + id, Map.of("display",
                "[id,firstname,lastname,company,address1,address2,postcode,city,id_country]")).path("address");
        String name = (address.path("firstname").asText("") + " " + address.path("lastname").asText("")).strip();
        String company = address.path("company").asText("");
        String street = address.path("address1").asText("");
        String second = address.path("address2").asText("");
        return new BuyerAddress(company.isBlank() ? name : name + " (" + company.strip() + ")",
                second.isBlank() ? street : street + "\n" + second, address.path("postcode").asText(""),
                address.path("city").asText(""), countryCode(address.path("id_country").asLong()), "");
    }

    private String countryCode(long countryId) {
        if (countryId <= 0) {
            return "";
        }
        String known = countryCodes.get(countryId);
        if (known != null) {
            return known;
        }
        String code;
        try {
            code = store.get("countries/" + countryId, Map.of("display", "[id,iso_code]")).path("country")
                    .path("iso_code").asText("");
        } catch (StoreException e) {
            if (e.isTransient()) {
                throw e;
            }
            code = "";
        }
        countryCodes.put(countryId, code);
        return code;
    }
}

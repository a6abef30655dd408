package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipping side of a store order through the Webservice: its carrier line with the tracking number
 * ({@code order_carriers}, the carrier's name from {@code carriers}), writing a tracking number, and a private
 * message on the order ({@code messages}, seen by the shop's staff only). A key without the right to one of
 * these resources (or a store without it) is not a failure: the read says nothing, the message is not written.
 */
public final class OrderCarriers {

    /** The fields a PUT of {@code order_carriers} needs (PUT replaces every writable field). */
    static final List<String> WRITABLE = List.of("id_order", "id_carrier", "id_order_invoice", "weight",
            "shipping_cost_tax_excl", "shipping_cost_tax_incl", "tracking_number");

    /** PrestaShop's delivered state in a default installation, when the shop has no {@code PS_OS_DELIVERED}. */
    static final long DEFAULT_DELIVERED_STATE = 5;

    private final StoreClient store;
    private volatile Long deliveredState;

    public OrderCarriers(StoreClient store) {
        this.store = store;
    }

    /** The id of the shop's delivered state ({@code PS_OS_DELIVERED}), read once. */
    public long deliveredState() {
        Long known = deliveredState;
        if (known == null) {
            String value = store.configurations(List.of("PS_OS_DELIVERED")).getOrDefault("PS_OS_DELIVERED", "").trim();
            known = value.matches("\\d+") ? Long.parseLong(value) : DEFAULT_DELIVERED_STATE;
            deliveredState = known;
        }
        return known;
    }

    /** The order's latest carrier line; empty when it has none or the store does not let the key read them. */
    public Optional<OrderCarrier> of(long orderId) {
        JsonNode answer;
        try {
            answer = store.get("order_carriers", Map.of("filter[id_order]", "[" + orderId + "]",
                    "display", "full", "sort", "[id_DESC]"));
        } catch (StoreException e) {
            if (isMissingRight(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Lenient.rows(answer, "order_carriers").stream().findFirst().map(row -> {
            Map<String, String> fields = new LinkedHashMap<>();
            WRITABLE.forEach(name -> fields.put(name, row.path(name).asText("")));
            long carrierId = row.path("id_carrier").asLong(0);
            return new OrderCarrier(row.path("id").asLong(), orderId, carrierId, carrierName(carrierId),
                    row.path("tracking_number").asText(""), fields);
        });
    }

    /** PUT {@code order_carriers/{id}} with the tracking number; every other field as the store holds it. */
    public void setTrackingNumber(OrderCarrier carrier, String trackingNumber) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", Long.toString(carrier.id()));
        fields.putAll(carrier.fields());
        fields.put("tracking_number", trackingNumber);
        store.write("PUT", "order_carriers/" + carrier.id(), StoreXml.entity("order_carrier", fields, Map.of(), 1),
                Map.of());
    }

    /**
     * Adds a private message (staff only) to the order. Returns false when the store does not take messages
     * through the Webservice (no such resource, or the key lacks the right): the caller goes on without.
     */
    public boolean addPrivateMessage(long orderId, long cartId, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_cart", Long.toString(cartId));
        fields.put("id_order", Long.toString(orderId));
        fields.put("message", text);
        fields.put("private", "1");
        try {
            store.write("POST", "messages", StoreXml.entity("message", fields, Map.of(), 1), Map.of());
            return true;
        } catch (StoreException e) {
            if (isMissingRight(e)) {
                return false;
            }
            throw e;
        }
    }

    private String carrierName(long carrierId) {
        if (carrierId <= 0) {
            return "";
        }
        try {
            JsonNode answer = store.get("carriers", Map.of("filter[id]", "[" + carrierId + "]",
                    "display", "[id,name]"));
            return Lenient.rows(answer, "carriers").stream().findFirst().map(row -> row.path("name").asText(""))
                    .orElse("");
        } catch (StoreException e) {
            if (isMissingRight(e)) {
                return "";
            }
            throw e;
        }
    }

    /** 401/403: the key lacks the right to that resource; 404/405: the store does not serve it that way. */
    static boolean isMissingRight(StoreException e) {
        return e.status() == 401 || e.status() == 403 || e.status() == 404 || e.status() == 405;
    }
}

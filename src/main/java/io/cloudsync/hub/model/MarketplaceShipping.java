package io.cloudsync.hub.model;

/**
 * Where and how a marketplace order travels, from the order's own columns. Empty text where MarketSync had none.
 *
 * @param recipient      {@code entregara}
 * @param street         street and number ({@code direccion})
 * @param betweenStreets {@code entrecalles}
 * @param neighbourhood  {@code colonia}
 * @param state          the Mexican state ({@code estado})
 * @param notes          delivery hints ({@code observaciones})
 * @param carrier        {@code mensajeria}
 * @param tracking       the tracking number ({@code guias})
 * @param trackingStatus {@code estatusguia}
 * @param shippingId     Mercado Libre's consolidated shipment ({@code shipping_id})
 */
public record MarketplaceShipping(
        String recipient,
        String phone,
        String street,
        String betweenStreets,
        String neighbourhood,
        String city,
        String state,
        String postcode,
        String notes,
        String carrier,
        String tracking,
        String trackingStatus,
        String shippingId) {

    public MarketplaceShipping {
        recipient = orEmpty(recipient);
        phone = orEmpty(phone);
        street = orEmpty(street);
        betweenStreets = orEmpty(betweenStreets);
        neighbourhood = orEmpty(neighbourhood);
        city = orEmpty(city);
        state = orEmpty(state);
        postcode = orEmpty(postcode);
        notes = orEmpty(notes);
        carrier = orEmpty(carrier);
        tracking = orEmpty(tracking);
        trackingStatus = orEmpty(trackingStatus);
        shippingId = orEmpty(shippingId);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}

package io.cloudsync.hub.erp.orders;

/**
 * An address of the buyer as Tryton's party.address takes it. {@code countryCode} is an ISO 3166 code, empty when
 * the source did not tell it.
 */
public record BuyerAddress(String name, String street, String postalCode, String city, String countryCode,
                           String countryName) {

    public BuyerAddress {
        name = text(name);
        street = text(street);
        postalCode = text(postalCode);
        city = text(city);
        countryCode = text(countryCode).toUpperCase(java.util.Locale.ROOT);
        countryName = text(countryName);
    }

    /** The same place: street, postal code and city (case and spacing aside). */
    public boolean samePlace(String otherStreet, String otherPostalCode, String otherCity) {
        return norm(street).equals(norm(otherStreet)) && norm(postalCode).equals(norm(otherPostalCode))
                && norm(city).equals(norm(otherCity));
    }

    public boolean samePlace(BuyerAddress other) {
        return samePlace(other.street, other.postalCode, other.city);
    }

    @Override
    public String toString() {
        return "BuyerAddress[…]";
    }

    private static String norm(String value) {
        return text(value).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}

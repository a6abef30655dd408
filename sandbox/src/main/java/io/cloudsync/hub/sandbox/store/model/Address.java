package io.cloudsync.hub.sandbox.store.model;

/** A customer address. */
public record Address(int id, int customerId, int countryId, int stateId, String alias, String company,
                      String lastname, String firstname, String vatNumber, String address1, String address2,
                      String postcode, String city, String phone, String phoneMobile, String dni, long dateAdd,
                      long dateUpd) {
}

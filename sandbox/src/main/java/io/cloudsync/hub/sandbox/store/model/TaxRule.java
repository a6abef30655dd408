package io.cloudsync.hub.sandbox.store.model;

/** Which tax a group applies in a country. */
public record TaxRule(int id, int groupId, int countryId, int stateId, String zipcodeFrom, String zipcodeTo,
                      int taxId, int behavior, String description) {
}

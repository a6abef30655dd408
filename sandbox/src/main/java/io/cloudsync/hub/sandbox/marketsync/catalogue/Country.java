package io.cloudsync.hub.sandbox.marketsync.catalogue;

/** A country of origin of the {@code paises} catalogue; the id is the ISO 3166 numeric code (484 = Mexico). */
public record Country(int id, String pais, String code, String code3) {
}

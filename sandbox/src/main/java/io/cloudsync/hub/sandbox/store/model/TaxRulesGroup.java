package io.cloudsync.hub.sandbox.store.model;

/** A tax rule group, what a product points at through {@code id_tax_rules_group}. */
public record TaxRulesGroup(int id, String name, boolean active, boolean deleted, long dateAdd, long dateUpd) {
}

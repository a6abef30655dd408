package io.cloudsync.hub.marketsync.mapping;

/** One category attribute's value: {@code key} is MarketSync's attribute key ({@code BRAND}, {@code SIZE}). */
public record AttributeValue(String key, String value) {
}

package io.cloudsync.hub.sandbox.marketsync.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A marketplace MarketSync publishes to. {@code skuPrefix} and {@code listingUrl} shape the identifiers the
 * sandbox invents when a product is published there ({@code listingUrl} holds a {@code {sku}} placeholder);
 * {@code statuses} are its order status words; {@code label} how it provides shipping labels ({@code url}: a
 * tracking URL, {@code pdf}: a base64 PDF, {@code none}: it does not, the guide's label is an error text) through
 * {@code carrier}; {@code fulfillment} whether it can ship from its own warehouse.
 */
public record Market(int id, String market, @JsonProperty("url_sitio") String urlSitio,
                     @JsonProperty("sku_prefix") String skuPrefix, @JsonProperty("listing_url") String listingUrl,
                     OrderStatuses statuses, String label, String carrier, boolean fulfillment) {

    public String listingUrlOf(String marketSku) {
        return listingUrl.replace("{sku}", marketSku);
    }

    public boolean providesLabels() {
        return !"none".equals(label);
    }
}

package io.cloudsync.hub.sandbox.marketsync.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A marketplace MarketSync publishes to. {@code skuPrefix} and {@code listingUrl} shape the identifiers the
 * sandbox invents when a product is published there ({@code listingUrl} holds a {@code {sku}} placeholder).
 */
public record Market(int id, String market, @JsonProperty("url_sitio") String urlSitio,
                     @JsonProperty("sku_prefix") String skuPrefix, @JsonProperty("listing_url") String listingUrl) {

    public String listingUrlOf(String marketSku) {
        return listingUrl.replace("{sku}", marketSku);
    }
}

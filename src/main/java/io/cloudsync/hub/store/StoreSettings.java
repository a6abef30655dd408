package io.cloudsync.hub.store;

import io.cloudsync.hub.config.HubProperties;

/** How to reach the shop's Webservice. The key never appears in {@link #toString()}. */
public record StoreSettings(String url, String apiKey, String shopId, String language) {

    public StoreSettings {
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        shopId = shopId == null ? "" : shopId.trim();
    }

    public static StoreSettings from(HubProperties properties) {
        return new StoreSettings(properties.get("hub.store.url"), properties.get("hub.store.api-key"),
                properties.find("hub.store.shop-id").orElse(""), properties.get("hub.store.language"));
    }

    @Override
    public String toString() {
        return "StoreSettings[url=" + url + ", apiKey=***, shopId=" + shopId + ", language=" + language + "]";
    }
}

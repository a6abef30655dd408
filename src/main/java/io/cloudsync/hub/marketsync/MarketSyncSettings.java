package io.cloudsync.hub.marketsync;

import io.cloudsync.hub.config.HubProperties;

/** How to reach MarketSync. The private key never appears in {@link #toString()}. */
public record MarketSyncSettings(String url, String token, String privateKey, String defaultCategoryId) {

    public MarketSyncSettings {
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        defaultCategoryId = defaultCategoryId == null ? "" : defaultCategoryId.trim();
    }

    public static MarketSyncSettings from(HubProperties properties) {
        return new MarketSyncSettings(properties.get("hub.marketsync.url"), properties.get("hub.marketsync.token"),
                properties.get("hub.marketsync.private-key"),
                properties.find("hub.marketsync.default-category-id").orElse(""));
    }

    public MarketSyncSigner signer() {
        return new MarketSyncSigner(token, privateKey);
    }

    @Override
    public String toString() {
        return "MarketSyncSettings[url=" + url + ", token=" + token + ", privateKey=***, defaultCategoryId="
                + defaultCategoryId + "]";
    }
}

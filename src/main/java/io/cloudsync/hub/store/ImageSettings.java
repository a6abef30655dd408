package io.cloudsync.hub.store;

import io.cloudsync.hub.config.ConfigException;
import io.cloudsync.hub.config.HubProperties;

/** Which image size the mirror links to ({@code hub.store.image-type}) and in which URL form. */
public record ImageSettings(String imageType, boolean friendlyUrls) {

    public ImageSettings {
        if (imageType == null || !imageType.matches("[A-Za-z0-9_-]+")) {
            throw new ConfigException("hub.store.image-type must be an image type name such as large_default, not '"
                    + imageType + "'");
        }
    }

    public static ImageSettings from(HubProperties properties) {
        String friendly = properties.get("hub.store.friendly-urls").trim();
        if (!friendly.equals("true") && !friendly.equals("false")) {
            throw new ConfigException("hub.store.friendly-urls must be true or false, not '" + friendly + "'");
        }
        return new ImageSettings(properties.get("hub.store.image-type").trim(), Boolean.parseBoolean(friendly));
    }

    public ImageUrls urls(StoreSettings store) {
        return new ImageUrls(store.url(), imageType, friendlyUrls);
    }
}

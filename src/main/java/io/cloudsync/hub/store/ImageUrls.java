package io.cloudsync.hub.store;

/**
 * Public image URLs a marketplace can fetch without the webservice key. With friendly URLs (PrestaShop's
 * default) an image is {@code {shop}/{id_image}-{type}/{link_rewrite}.jpg}; without them it is
 * {@code {shop}/img/p/{digits of the id, one folder each}/{id_image}-{type}.jpg}.
 */
public final class ImageUrls {

    private final String shopUrl;
    private final String imageType;
    private final boolean friendly;

    public ImageUrls(String shopUrl, String imageType, boolean friendly) {
        this.shopUrl = shopUrl.endsWith("/") ? shopUrl.substring(0, shopUrl.length() - 1) : shopUrl;
        this.imageType = imageType == null ? "" : imageType.trim();
        this.friendly = friendly;
    }

    public String of(long imageId, String linkRewrite) {
        String suffix = imageType.isEmpty() ? "" : "-" + imageType;
        if (friendly && linkRewrite != null && !linkRewrite.isBlank()) {
            return shopUrl + "/" + imageId + suffix + "/" + linkRewrite.trim() + ".jpg";
        }
        StringBuilder path = new StringBuilder(shopUrl).append("/img/p");
        for (char digit : Long.toString(imageId).toCharArray()) {
            path.append('/').append(digit);
        }
        return path.append('/').append(imageId).append(suffix).append(".jpg").toString();
    }
}

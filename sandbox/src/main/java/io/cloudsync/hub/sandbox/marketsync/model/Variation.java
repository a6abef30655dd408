package io.cloudsync.hub.sandbox.marketsync.model;

import java.util.List;

/**
 * A variation (seller SKU) of a product. {@code images} holds imagen1…imagen10 in order, {@code ""} for an empty
 * slot; {@code bullets} holds bullet1…bullet5 the same way.
 */
public record Variation(long id, String sku, int stock, String color, String base, String talla, String gtin,
                        String video, List<String> images, List<String> bullets, List<Attribute> atributos) {

    public Variation {
        color = SharedText.of(color);
        base = SharedText.of(base);
        talla = SharedText.of(talla);
        video = SharedText.of(video);
        images = List.copyOf(images);
        bullets = List.copyOf(bullets);
        atributos = List.copyOf(atributos);
    }

    public Variation withStock(int newStock) {
        return new Variation(id, sku, newStock, color, base, talla, gtin, video, images, bullets, atributos);
    }
}

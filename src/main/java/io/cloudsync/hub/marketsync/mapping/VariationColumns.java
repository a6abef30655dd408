package io.cloudsync.hub.marketsync.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MarketSync variation's columns. {@code images} always holds {@value MarketSyncColumns#IMAGES} entries and
 * {@code bullets} {@value MarketSyncColumns#BULLETS} ({@code ''} where there is none), as the controller wants.
 *
 * @param combinationId the store combination it comes from (0 for a product without combinations); not a column
 */
public record VariationColumns(
        long combinationId,
        String sku,
        int stock,
        String color,
        String base,
        String talla,
        String gtin,
        String video,
        List<String> images,
        List<String> bullets,
        List<AttributeValue> atributos) {

    public VariationColumns {
        images = List.copyOf(images);
        bullets = List.copyOf(bullets);
        atributos = List.copyOf(atributos);
        if (images.size() != MarketSyncColumns.IMAGES || bullets.size() != MarketSyncColumns.BULLETS) {
            throw new IllegalArgumentException("a variation has exactly 6 image and 5 bullet columns");
        }
    }

    /** The {@code variacion} body without {@code product_id}: every column, {@code atributos} as {@code [{atributo, valor}]}. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sku", sku);
        map.put("stock", stock);
        map.putAll(withoutStock());
        return map;
    }

    /** The columns other than {@code stock}, which has its own controller and its own ledger aspect. */
    public Map<String, Object> withoutStock() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sku", sku);
        map.put("color", color);
        map.put("base", base);
        map.put("talla", talla);
        map.put("gtin", gtin);
        map.put("video", video);
        for (int i = 0; i < images.size(); i++) {
            map.put("imagen" + (i + 1), images.get(i));
        }
        for (int i = 0; i < bullets.size(); i++) {
            map.put("bullet" + (i + 1), bullets.get(i));
        }
        map.put("atributos", atributos.stream().map(a -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("atributo", a.key());
            item.put("valor", a.value());
            return item;
        }).toList());
        return map;
    }

    /** The {@code stock} body without {@code product_id}: {@code seller_sku} and {@code stock}. */
    public Map<String, Object> stockMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("seller_sku", sku);
        map.put("stock", stock);
        return map;
    }
}

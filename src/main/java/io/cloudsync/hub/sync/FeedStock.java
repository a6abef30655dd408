package io.cloudsync.hub.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudsync.hub.mirror.StockKey;
import java.util.Map;

/**
 * The stock a product of the feed carries: each of its {@code variations} gets {@code quantity}, the last quantity
 * the hub read from the store's {@code stock_availables} for that product and combination ({@code null} while the
 * hub has read none). It sits inside {@code variations}, which the product writes ignore, so a feed record sent
 * back whole never writes stock; to set a quantity, send {@code quantity} (and {@code combination_id}) on the item.
 */
final class FeedStock {

    static final String QUANTITY = "quantity";

    private FeedStock() {
    }

    /** Sets {@code quantity} on every variation of {@code product} (snake_case feed fields) from {@code quantities}. */
    static void addQuantities(JsonNode product, long productId, Map<StockKey, Integer> quantities) {
        for (JsonNode variation : product.path("variations")) {
            if (variation instanceof ObjectNode fields) {
                Integer quantity = quantities.get(new StockKey(productId, fields.path("combination_id").asLong(0)));
                if (quantity == null) {
                    fields.putNull(QUANTITY);
                } else {
                    fields.put(QUANTITY, quantity.intValue());
                }
            }
        }
    }
}

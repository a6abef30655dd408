package io.cloudsync.hub.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets the store's quantity of a product or one of its combinations: {@code PUT /api/stock_availables/{id}} of the
 * whole stock row with the new quantity (PUT replaces the row, so it is read first and sent back whole). The store's
 * next stock poll sees the change and hands it on like any other.
 */
public final class StoreStockWriter {

    private final StoreClient store;

    public StoreStockWriter(StoreClient store) {
        this.store = store;
    }

    /** @throws StoreException 404 when the store has no stock row for that product and combination */
    public void write(long productId, long combinationId, int quantity) {
        List<JsonNode> rows = Lenient.rows(store.get("stock_availables", Map.of(
                "display", "[id,id_product,id_product_attribute,quantity,depends_on_stock,out_of_stock,location]",
                "filter[id_product]", "[" + productId + "]",
                "filter[id_product_attribute]", "[" + combinationId + "]")), "stock_availables");
        if (rows.isEmpty()) {
            throw new StoreException(404, "the store has no stock row for product " + productId + " and combination "
                    + combinationId);
        }
        JsonNode row = rows.get(0);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", row.path("id").asText());
        fields.put("id_product", Long.toString(productId));
        fields.put("id_product_attribute", Long.toString(combinationId));
        fields.put("quantity", Integer.toString(quantity));
        fields.put("depends_on_stock", Lenient.bool(row.path("depends_on_stock")) ? "1" : "0");
        fields.put("out_of_stock", Long.toString(Lenient.integer(row.path("out_of_stock"), 2)));
        fields.put("location", row.path("location").asText(""));
        store.write("PUT", "stock_availables/" + row.path("id").asText(),
                StoreXml.entity("stock_available", fields, Map.of(), 0), Map.of());
    }
}

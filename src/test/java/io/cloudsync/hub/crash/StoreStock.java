package io.cloudsync.hub.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The sandbox store's stock rows of the variations a test sells, set and read through the store itself. */
final class StoreStock {

    static final String KEY = "0123456789ABCDEF0123456789ABCDEF";

    private final SandboxHttp http;
    private final String store;
    private final Map<String, SoldVariant> variants;

    StoreStock(SandboxHttp http, String store, Map<String, SoldVariant> variants) {
        this.http = http;
        this.store = store;
        this.variants = Map.copyOf(variants);
    }

    /** Sets each variation's stock row (the control API, as a shop's staff would). */
    void fill(int quantity) throws Exception {
        for (SoldVariant variant : variants.values()) {
            http.send("PUT", store + "/_sandbox/stock", Map.of("productId", variant.productId(),
                    "combinationId", variant.combinationId(), "quantity", quantity));
        }
    }

    /** Each variation's quantity as the Webservice's {@code stock_availables} shows it, by SKU. */
    Map<String, Integer> read() throws Exception {
        String ids = variants.values().stream().map(v -> Long.toString(v.productId())).distinct()
                .collect(Collectors.joining("|"));
        JsonNode rows = http.get(store + "/api/stock_availables?output_format=JSON&ws_key=" + KEY
                + "&display=" + SandboxHttp.encode("[id_product,id_product_attribute,quantity]")
                + "&filter" + SandboxHttp.encode("[id_product]") + "=" + SandboxHttp.encode("[" + ids + "]"));
        Map<String, Integer> quantities = new TreeMap<>();
        for (SoldVariant variant : variants.values()) {
            for (JsonNode row : rows.path("stock_availables")) {
                if (row.path("id_product").asLong() == variant.productId()
                        && row.path("id_product_attribute").asLong() == variant.combinationId()) {
                    quantities.put(variant.sku(), row.path("quantity").asInt());
                }
            }
        }
        if (quantities.size() != variants.size()) {
            throw new IllegalStateException("the store has no stock row for some SKUs: " + variants.keySet()
                    + " read " + quantities.keySet());
        }
        return quantities;
    }
}

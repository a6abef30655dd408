package bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.MarketPrice;
import io.cloudsync.hub.marketsync.mapping.VariationColumns;
import io.cloudsync.hub.model.CanonicalJson;
import io.cloudsync.hub.model.Product;
import io.cloudsync.hub.mirror.StockLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's BiDirectionalSync pattern in Java: one product at a time, awaiting each call before the next, no
 * batching across products. Per product: three store reads (the product, its combinations, its stock), then one
 * MarketSync call per controller for that product alone (productos, variacion with its own variations, precios
 * with its own prices). The incremental pass re-reads every product the same way (stock has no timestamp, so a
 * client without a snapshot must) and sends one call per changed product per controller. Content is mapped with
 * the hub's own mapper, so both syncs send the same thing.
 */
final class NaiveSync {

    private final Expected tools;
    private final Map<Long, MappedProduct> sent = new HashMap<>();
    private final Map<Long, String> remoteIds = new HashMap<>();
    int skipped;

    NaiveSync(Expected tools) {
        this.tools = tools;
    }

    MappedProduct read(long id) {
        List<JsonNode> rows = tools.reader.productRowsById(List.of(id), tools.language);
        if (rows.isEmpty()) {
            return null;
        }
        Product product = tools.reader.complete(rows, tools.normaliser, tools.storeCatalogue, tools.language).get(0);
        Map<Long, Integer> stock = new HashMap<>();
        for (StockLevel level : tools.reader.stockOf(List.of(id))) {
            stock.put(level.combinationId(), level.quantity());
        }
        if (!product.active()) {
            return null;
        }
        MappedProduct mapped = tools.mapper.map(product, stock);
        return tools.validator.validate(mapped).valid() ? mapped : null;
    }

    void fullSync(List<Long> ids) {
        for (long id : ids) {
            MappedProduct mapped = read(id);
            if (mapped == null) {
                skipped++;
                continue;
            }
            try {
                JsonNode created = tools.marketSync.send("POST", "productos", Map.of(),
                        json(List.of(mapped.product().asMap())));
                String remoteId = created.get(0).path("id").asText();
                remoteIds.put(id, remoteId);
                List<Map<String, Object>> variations = new ArrayList<>();
                for (VariationColumns v : mapped.variations()) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("product_id", Long.parseLong(remoteId));
                    body.putAll(v.asMap());
                    variations.add(body);
                }
                tools.marketSync.send("POST", "variacion", Map.of(), json(variations));
                tools.marketSync.send("PUT", "precios", Map.of(), json(prices(remoteId, mapped)));
                sent.put(id, mapped);
            } catch (RuntimeException e) {
                skipped++; // a SKU another product already took, a refusal: the naive client just goes on
            }
        }
    }

    void incrementalSync(List<Long> ids) {
        for (long id : ids) {
            MappedProduct now = read(id);
            MappedProduct before = sent.get(id);
            if (now == null || before == null) {
                continue;
            }
            String remoteId = remoteIds.get(id);
            Map<String, Object> columns = new LinkedHashMap<>();
            Map<String, Object> nowColumns = now.product().asMap();
            Map<String, Object> beforeColumns = before.product().asMap();
            for (String column : io.cloudsync.hub.marketsync.mapping.MarketSyncColumns.UPDATABLE) {
                if (!java.util.Objects.equals(nowColumns.get(column), beforeColumns.get(column))) {
                    columns.put(column, nowColumns.get(column));
                }
            }
            if (!columns.isEmpty()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("product_id", Long.parseLong(remoteId));
                body.putAll(columns);
                tools.marketSync.send("PUT", "productos", Map.of(), json(List.of(body)));
            }
            List<Map<String, Object>> stock = new ArrayList<>();
            for (VariationColumns v : now.variations()) {
                VariationColumns old = before.variations().stream().filter(o -> o.sku().equals(v.sku())).findFirst()
                        .orElse(null);
                if (old != null && old.stock() != v.stock()) {
                    stock.add(Map.of("product_id", Long.parseLong(remoteId), "seller_sku", v.sku(), "stock",
                            v.stock()));
                }
            }
            if (!stock.isEmpty()) {
                tools.marketSync.send("PUT", "stock", Map.of(), json(stock));
            }
            if (!now.prices().equals(before.prices())) {
                tools.marketSync.send("PUT", "precios", Map.of(), json(prices(remoteId, now)));
            }
            sent.put(id, now);
        }
    }

    private static List<Map<String, Object>> prices(String remoteId, MappedProduct mapped) {
        List<Map<String, Object>> prices = new ArrayList<>();
        for (MarketPrice price : mapped.prices()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("product_id", Long.parseLong(remoteId));
            body.putAll(price.asMap());
            prices.add(body);
        }
        return prices;
    }

    private static String json(Object value) {
        try {
            return CanonicalJson.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.cloudsync.hub.marketsync.mapping;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What MarketSync last accepted for one product, as the sink ledger remembers it: the product's columns, each
 * variation's columns (without stock) by SKU, each variation's stock by SKU and the prices by market id. Empty
 * {@code columns}: the product was never accepted and must be created. A long column value the ledger kept only
 * as a {@link Fingerprint} (a description, an image URL, an attribute list) is that fingerprint here, which
 * {@link ProductDiff} compares with the current value's.
 */
public record AcceptedProduct(
        Map<String, Object> columns,
        Map<String, Map<String, Object>> variations,
        Map<String, Integer> stock,
        Map<Long, MarketPrice> prices) {

    public AcceptedProduct {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        variations = Collections.unmodifiableMap(new LinkedHashMap<>(variations));
        stock = Collections.unmodifiableMap(new LinkedHashMap<>(stock));
        prices = Collections.unmodifiableMap(new TreeMap<>(prices));
    }

    public static AcceptedProduct none() {
        return new AcceptedProduct(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The product as it is now, once MarketSync has accepted it. */
    public static AcceptedProduct of(MappedProduct mapped) {
        Map<String, Map<String, Object>> variations = new LinkedHashMap<>();
        Map<String, Integer> stock = new LinkedHashMap<>();
        for (VariationColumns variation : mapped.variations()) {
            variations.put(variation.sku(), variation.withoutStock());
            stock.put(variation.sku(), variation.stock());
        }
        Map<Long, MarketPrice> prices = new TreeMap<>();
        mapped.prices().forEach(price -> prices.put(price.marketId(), price));
        return new AcceptedProduct(mapped.product().asMap(), variations, stock, prices);
    }

    /**
     * From the JSON the ledger kept for each aspect: its {@link ProductAspects.Aspect#ledgerJson} (fingerprints in
     * place of long values) or, in rows written before fingerprints, its full JSON; numbers may be strings.
     * Variations are keyed by their {@code sku}, stock by {@code seller_sku}, prices by {@code market_id}.
     *
     * @param productJson the product aspect, or {@code null}/blank when the product was never accepted
     */
    public static AcceptedProduct fromAspects(String productJson, Collection<String> variationJsons,
            Collection<String> stockJsons, Collection<String> priceJsons) {
        return fromAspects(productJson, variationJsons, stockJsons, priceJsons, null, null);
    }

    /**
     * As {@link #fromAspects(String, Collection, Collection, Collection)}, but an aspect whose JSON is exactly
     * the current product's is taken from it instead of being parsed back: the same content, so the same diff
     * (most aspects of a product re-planned without a change, as on a stock cut-off move, are unchanged). Ledger
     * JSON (with fingerprints) is not matched so: making the current product's would cost about what parsing the
     * ledger's does, and most stock and price aspects, which have no long values, are their full JSON anyway.
     *
     * @param aspects {@code current}'s ({@link ProductAspects#of})
     */
    public static AcceptedProduct fromAspects(String productJson, Collection<String> variationJsons,
            Collection<String> stockJsons, Collection<String> priceJsons, MappedProduct current,
            ProductAspects aspects) {
        Map<String, Object> known = new HashMap<>();
        if (current != null) {
            known.put(aspects.product().json(), current.product().asMap());
            Map<String, VariationColumns> bySku = new HashMap<>(); // the last of a repeated SKU, as in the aspects
            current.variations().forEach(variation -> bySku.put(variation.sku(), variation));
            aspects.variations().forEach((sku, aspect) -> known.put(aspect.json(), bySku.get(sku).withoutStock()));
            aspects.stock().forEach((sku, aspect) -> known.put(aspect.json(), bySku.get(sku).stockMap()));
            Map<Long, MarketPrice> byMarket = new HashMap<>();
            current.prices().forEach(price -> byMarket.put(price.marketId(), price));
            aspects.prices().forEach((market, aspect) -> known.put(aspect.json(), byMarket.get(market).asMap()));
        }
        Map<String, Object> columns = productJson == null || productJson.isBlank() ? Map.of()
                : map(productJson, known);
        Map<String, Map<String, Object>> variations = new LinkedHashMap<>();
        for (String json : variationJsons) {
            Map<String, Object> variation = map(json, known);
            variations.put(String.valueOf(variation.get("sku")), variation);
        }
        Map<String, Integer> stock = new LinkedHashMap<>();
        for (String json : stockJsons) {
            Map<String, Object> row = map(json, known);
            stock.put(String.valueOf(row.get("seller_sku")), decimal(row.get("stock")).intValue());
        }
        Map<Long, MarketPrice> prices = new TreeMap<>();
        for (String json : priceJsons) {
            Map<String, Object> row = map(json, known);
            long marketId = decimal(row.get("market_id")).longValue();
            prices.put(marketId, new MarketPrice(marketId, decimal(row.get("precio")), decimal(row.get("oferta"))));
        }
        return new AcceptedProduct(columns, variations, stock, prices);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String json, Map<String, Object> known) {
        Object map = known.get(json);
        if (map != null) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> parsed = NormalisedJson.toMap(json);
        return Fingerprint.appearIn(json) ? Fingerprint.readBack(parsed) : parsed;
    }

    public boolean exists() {
        return !columns.isEmpty();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        try {
            return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}

package io.cloudsync.hub.marketsync.mapping;

import io.cloudsync.hub.mirror.ContentHash;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mapped product cut into the aspects MarketSync takes through different calls, each with its canonical JSON
 * and content hash, so the sink ledger can tell which of them changed: the product's columns, each variation's
 * columns without stock (by variation SKU), each variation's stock (by SKU) and each market's prices (by market
 * id). The JSON is also what the ledger keeps to diff against later ({@link AcceptedProduct#fromAspects}).
 */
public record ProductAspects(
        Aspect product,
        Map<String, Aspect> variations,
        Map<String, Aspect> stock,
        Map<Long, Aspect> prices) {

    public ProductAspects {
        variations = Collections.unmodifiableMap(new LinkedHashMap<>(variations));
        stock = Collections.unmodifiableMap(new LinkedHashMap<>(stock));
        prices = Collections.unmodifiableMap(new TreeMap<>(prices));
    }

    /** One aspect: its canonical JSON (sorted keys) and the SHA-256 of that text. */
    public record Aspect(String json, String hash) {

        public static Aspect of(Object content) {
            String json = NormalisedJson.of(content);
            return new Aspect(json, ContentHash.of(json));
        }
    }

    public static ProductAspects of(MappedProduct mapped) {
        Map<String, Aspect> variations = new LinkedHashMap<>();
        Map<String, Aspect> stock = new LinkedHashMap<>();
        for (VariationColumns variation : mapped.variations()) {
            variations.put(variation.sku(), Aspect.of(variation.withoutStock()));
            stock.put(variation.sku(), Aspect.of(variation.stockMap()));
        }
        Map<Long, Aspect> prices = new TreeMap<>();
        mapped.prices().forEach(price -> prices.put(price.marketId(), Aspect.of(price.asMap())));
        return new ProductAspects(Aspect.of(mapped.product().asMap()), variations, stock, prices);
    }
}

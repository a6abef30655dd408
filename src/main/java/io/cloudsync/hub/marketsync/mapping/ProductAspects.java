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
 * id). The ledger keeps each aspect's JSON with fingerprints in place of its long values, to diff against later
 * ({@link AcceptedProduct#fromAspects}).
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

    /**
     * One aspect: its canonical JSON (sorted keys), the SHA-256 of that text, and what the sink ledger keeps of it
     * to diff against later ({@link #ledgerJson}). Equal when their JSON is. The hash is made when first asked for:
     * only the product aspect's is kept ({@code sink_ledger.content_hash}).
     */
    public static final class Aspect {

        private final String json;
        private final Map<String, Object> content;
        private volatile String hash;
        private volatile String ledgerJson;

        private Aspect(String json, Map<String, Object> content) {
            this.json = json;
            this.content = content;
        }

        public static Aspect of(Map<String, Object> content) {
            return new Aspect(NormalisedJson.of(content), content);
        }

        public String json() {
            return json;
        }

        public String hash() {
            String made = hash;
            if (made == null) {
                made = ContentHash.of(json);
                hash = made;
            }
            return made;
        }

        /**
         * The JSON with each long value (texts, attribute lists) replaced by its {@link Fingerprint} and empty values
         * left out ({@link #json} itself when there are none): made the first time it is asked for, when the ledger
         * records the aspect, since most aspects planned are never written.
         */
        public String ledgerJson() {
            String ledger = ledgerJson;
            if (ledger == null) {
                Map<String, Object> compact = Fingerprint.compact(content);
                ledger = compact == content ? json : NormalisedJson.of(compact);
                ledgerJson = ledger;
            }
            return ledger;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Aspect aspect && json.equals(aspect.json);
        }

        @Override
        public int hashCode() {
            return json.hashCode();
        }

        @Override
        public String toString() {
            return "Aspect[json=" + json + ", hash=" + hash() + "]";
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

package io.cloudsync.hub.marketsync.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.cloudsync.hub.marketsync.mapping.AcceptedProduct;
import io.cloudsync.hub.marketsync.mapping.Fingerprint;
import io.cloudsync.hub.marketsync.mapping.MappedProduct;
import io.cloudsync.hub.marketsync.mapping.ProductAspects;
import io.cloudsync.hub.mirror.ContentHash;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything MarketSync accepted for one product, as its one ledger row holds it ({@code sink_ledger.aspects}): a
 * JSON object of aspect key → what the diff needs of the aspect as it was sent, its
 * {@link ProductAspects.Aspect#ledgerJson}: the canonical JSON with each long value (descriptions, image URLs,
 * bullets, attribute lists) replaced by its {@link Fingerprint} and empty
 * values left out (on the golden sample 2,065 characters per row instead of 3,365). Keys: {@code product},
 * {@code variation:<SKU>} (columns without stock), {@code stock:<SKU>}, {@code price:<market id>}, and
 * {@code publication:<market id>}, whose value is the state the hub last sent there ({@code "suspender"} or
 * {@code "publicar"}, see {@link Publication}). An aspect missing from it was never accepted (or was refused, or
 * held back), so it is sent again. Rows written before fingerprints hold the aspects' full JSON: they are read and
 * diffed alike, and each aspect takes the short form when it is next accepted. Not thread-safe: a run guards the
 * documents it changes.
 */
final class LedgerDocument {

    static final String PRODUCT = "product";
    private static final String VARIATION = "variation:";
    private static final String STOCK = "stock:";
    private static final String PRICE = "price:";
    private static final String PUBLICATION = "publication:";
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Key → the aspect's JSON text, or for a publication key the state's word. */
    private final TreeMap<String, String> aspects;
    /** The SHA-256 of the product aspect's full JSON ({@code sink_ledger.content_hash}); null without one. */
    private String productHash;

    private LedgerDocument(Map<String, String> aspects, String productHash) {
        this.aspects = new TreeMap<>(aspects);
        this.productHash = aspects.containsKey(PRODUCT) ? productHash : null;
    }

    static LedgerDocument empty() {
        return new LedgerDocument(Map.of(), null);
    }

    LedgerDocument copy() {
        return new LedgerDocument(aspects, productHash);
    }

    static String variationKey(String sku) {
        return VARIATION + sku;
    }

    static String stockKey(String sku) {
        return STOCK + sku;
    }

    static String priceKey(long marketId) {
        return PRICE + marketId;
    }

    static String publicationKey(long marketId) {
        return PUBLICATION + marketId;
    }

    /**
     * Reads what {@link #toJson} wrote; each aspect's text is kept as it is, not parsed.
     *
     * @param productHash the row's {@code content_hash}: the product aspect's, which its ledger JSON no longer
     *                    gives (a full JSON without one gets its own)
     */
    static LedgerDocument parse(String json, String productHash) {
        Map<String, String> aspects = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a ledger document is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    aspects.put(key, parser.getText());
                } else if (value == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    aspects.put(key, json.substring(start, (int) parser.currentLocation().getCharOffset()));
                } else {
                    throw new IllegalArgumentException("ledger aspect " + key + " is neither an object nor a word");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a ledger document: " + e.getMessage(), e);
        }
        String product = aspects.get(PRODUCT);
        boolean fullProduct = product != null && !Fingerprint.appearIn(product);
        return new LedgerDocument(aspects, productHash == null && fullProduct ? ContentHash.of(product) : productHash);
    }

    /** The compact JSON object, keys in order. */
    String toJson() {
        JsonStringEncoder quote = JsonStringEncoder.getInstance();
        StringBuilder json = new StringBuilder(64 + aspects.values().stream().mapToInt(String::length).sum());
        json.append('{');
        aspects.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(quote.quoteAsString(key)).append("\":");
            if (key.startsWith(PUBLICATION)) {
                json.append('"').append(quote.quoteAsString(value)).append('"');
            } else {
                json.append(value);
            }
        });
        return json.append('}').toString();
    }

    /**
     * The SHA-256 of the product aspect's full JSON ({@link ProductAspects.Aspect#hash}), null when MarketSync never
     * accepted the product's columns.
     */
    String productHash() {
        return productHash;
    }

    void put(String key, ProductAspects.Aspect aspect) {
        aspects.put(key, aspect.ledgerJson());
        if (key.equals(PRODUCT)) {
            productHash = aspect.hash();
        }
    }

    /** Puts an aspect's full JSON as read from elsewhere (the old rows of the ledger). */
    void putJson(String key, String json) {
        aspects.put(key, json);
        if (key.equals(PRODUCT)) {
            productHash = ContentHash.of(json);
        }
    }

    void putPublication(long marketId, PublicationState state) {
        aspects.put(publicationKey(marketId), state.action());
    }

    void remove(String key) {
        aspects.remove(key);
        if (key.equals(PRODUCT)) {
            productHash = null;
        }
    }

    boolean isEmpty() {
        return aspects.isEmpty();
    }

    boolean has(String key) {
        return aspects.containsKey(key);
    }

    /** The variation SKUs whose stock MarketSync accepted. */
    Set<String> stockSkus() {
        Set<String> skus = new TreeSet<>();
        aspects.subMap(STOCK, STOCK + Character.MAX_VALUE).keySet()
                .forEach(key -> skus.add(key.substring(STOCK.length())));
        return skus;
    }

    /** What MarketSync accepted, to diff against ({@link AcceptedProduct#fromAspects}). */
    AcceptedProduct accepted() {
        return AcceptedProduct.fromAspects(aspects.get(PRODUCT), values(VARIATION), values(STOCK), values(PRICE));
    }

    /** The same, with the aspects whose JSON the product's current ones repeat taken from it, not parsed. */
    AcceptedProduct accepted(MappedProduct current, ProductAspects currentAspects) {
        return AcceptedProduct.fromAspects(aspects.get(PRODUCT), values(VARIATION), values(STOCK), values(PRICE),
                current, currentAspects);
    }

    /** The publication state the hub last sent, per market. */
    Map<Long, PublicationState> sentStates() {
        Map<Long, PublicationState> states = new HashMap<>();
        aspects.subMap(PUBLICATION, PUBLICATION + Character.MAX_VALUE).forEach((key, action) ->
                PublicationState.ofAction(action).ifPresent(state ->
                        states.put(Long.parseLong(key.substring(PUBLICATION.length())), state)));
        return states;
    }

    private List<String> values(String prefix) {
        return new ArrayList<>(aspects.subMap(prefix, prefix + Character.MAX_VALUE).values());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerDocument document && aspects.equals(document.aspects);
    }

    @Override
    public int hashCode() {
        return aspects.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}

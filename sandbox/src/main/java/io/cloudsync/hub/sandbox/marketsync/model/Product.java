package io.cloudsync.hub.sandbox.marketsync.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One product of the seller, immutable: every change makes a new value. {@code markets} holds only the
 * marketplaces where something happened (a price, a state, a publication), sorted by market id;
 * {@code updates} counts the PUTs that changed columns (each one republishes the listing on the marketplaces).
 */
public record Product(long id, String sku, ProductColumns columns, List<Attribute> atributos,
                      List<Variation> variations, List<MarketListing> markets, Instant createdAt, Instant updatedAt,
                      int updates) {

    public Product {
        atributos = List.copyOf(atributos);
        variations = List.copyOf(variations);
        markets = List.copyOf(markets);
    }

    public static Product created(long id, ProductColumns columns, List<Attribute> atributos, Instant at) {
        return new Product(id, columns.get(ProductColumn.SKU), columns, atributos, List.of(), List.of(), at, at, 0);
    }

    public int categoryId() {
        return (int) columns.integer(ProductColumn.CATEGORIA_ID);
    }

    public Optional<Variation> variation(String variationSku) {
        return variations.stream().filter(v -> v.sku().equals(variationSku)).findFirst();
    }

    /** The listing on a marketplace; a default one (publicar, no price, unpublished) when nothing happened there. */
    public MarketListing listing(int marketId) {
        return markets.stream().filter(l -> l.marketId() == marketId).findFirst()
                .orElseGet(() -> MarketListing.initial(marketId));
    }

    public boolean everPublished() {
        return markets.stream().anyMatch(MarketListing::published);
    }

    public int totalStock() {
        return variations.stream().mapToInt(Variation::stock).sum();
    }

    public Product withColumns(ProductColumns newColumns, List<Attribute> newAtributos, Instant at) {
        return new Product(id, sku, newColumns, newAtributos, variations, markets, createdAt, at, updates + 1);
    }

    public Product withVariations(List<Variation> newVariations, Instant at) {
        return new Product(id, sku, columns, atributos, newVariations, markets, createdAt, at, updates);
    }

    public Product withVariation(Variation variation, Instant at) {
        List<Variation> copy = new ArrayList<>(variations);
        copy.removeIf(v -> v.sku().equals(variation.sku()));
        copy.add(variation);
        copy.sort(Comparator.comparingLong(Variation::id));
        return withVariations(copy, at);
    }

    public Product withListing(MarketListing listing, Instant at) {
        List<MarketListing> copy = new ArrayList<>(markets);
        copy.removeIf(l -> l.marketId() == listing.marketId());
        copy.add(listing);
        copy.sort(Comparator.comparingInt(MarketListing::marketId));
        return new Product(id, sku, columns, atributos, variations, copy, createdAt, at, updates);
    }
}

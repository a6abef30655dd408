package io.cloudsync.hub.sandbox.marketsync.model;

import java.time.Instant;

/**
 * A product on one marketplace: the seller's requested state, the price there (ten-thousandths,
 * {@link Money#NONE} when never set) and, once published, the marketplace's SKU and the publication time. A
 * listing is never withdrawn once published, which is what makes a product undeletable.
 */
public record MarketListing(int marketId, PublicationState state, long precio, long oferta, String marketSku,
                            Instant publishedAt) {

    public static MarketListing initial(int marketId) {
        return new MarketListing(marketId, PublicationState.PUBLICAR, Money.NONE, Money.NONE, null, null);
    }

    public boolean published() {
        return marketSku != null;
    }

    public boolean priced() {
        return precio != Money.NONE;
    }

    /** A discount over 60 % may get the listing rejected by the marketplace. */
    public boolean discountAtRisk() {
        return priced() && precio > 0 && (precio - oferta) * 100 > precio * 60;
    }

    public MarketListing withState(PublicationState newState) {
        return new MarketListing(marketId, newState, precio, oferta, marketSku, publishedAt);
    }

    public MarketListing withPrice(long newPrecio, long newOferta) {
        return new MarketListing(marketId, state, newPrecio, newOferta, marketSku, publishedAt);
    }

    public MarketListing publishedAs(String sku, Instant at) {
        return new MarketListing(marketId, state, precio, oferta, sku, at);
    }
}

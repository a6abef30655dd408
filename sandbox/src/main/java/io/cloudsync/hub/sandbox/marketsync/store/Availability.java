package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;

/**
 * Derived stock figures. {@code teorico} is the seller's stock minus the units MarketSync deducts under the stock
 * cut-off ({@link StockDeduction}); the
 * stock a marketplace shows is the sum over variations of {@code teorico} minus that marketplace's protection,
 * 0 when the product is sold out there ({@code agotar}) or not published there.
 */
public final class Availability {

    private final OrderBook orders;
    private final SellerMarkets markets;

    public Availability(OrderBook orders, SellerMarkets markets) {
        this.orders = orders;
        this.markets = markets;
    }

    public int teorico(Variation variation) {
        return Math.max(0, variation.stock() - orders.deducted(variation.sku()));
    }

    public int onMarket(Product product, Variation variation, int marketId) {
        MarketListing listing = product.listing(marketId);
        if (!listing.published() || listing.state() == PublicationState.AGOTAR) {
            return 0;
        }
        return Math.max(0, teorico(variation) - markets.setting(marketId).proteccion());
    }

    public int onMarket(Product product, int marketId) {
        return product.variations().stream().mapToInt(v -> onMarket(product, v, marketId)).sum();
    }
}

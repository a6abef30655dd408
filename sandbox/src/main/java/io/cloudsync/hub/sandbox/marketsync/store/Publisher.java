package io.cloudsync.hub.sandbox.marketsync.store;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Publication on the marketplaces. A new product goes live on every enabled marketplace {@code delay} after its
 * creation, except where the seller suspended it; {@code publicar} publishes at once. Products published at least
 * once are remembered in publication order (the order generator draws from them). All methods run inside
 * {@link ProductStore#exclusively}.
 */
public final class Publisher {

    private record Pending(long productId, Instant due) {
    }

    private final ProductStore store;
    private final SellerMarkets sellerMarkets;
    private final Catalogue catalogue;
    private final MarketSkus marketSkus;
    private final Clock clock;
    private final Duration delay;
    // Creation order is due order because the delay is the same for every product. A deleted product's entry
    // stays and is skipped when due (ids are never reused).
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final List<Long> publishedIds = Collections.synchronizedList(new ArrayList<>());

    public Publisher(ProductStore store, SellerMarkets sellerMarkets, Catalogue catalogue, MarketSkus marketSkus,
                     Clock clock, Duration delay) {
        this.store = store;
        this.sellerMarkets = sellerMarkets;
        this.catalogue = catalogue;
        this.marketSkus = marketSkus;
        this.clock = clock;
        this.delay = delay;
    }

    /** Called once a new product is stored. */
    public void created(Product product) {
        if (delay.isZero() || delay.isNegative()) {
            publishWherePending(product.id());
        } else {
            pending.addLast(new Pending(product.id(), product.createdAt().plus(delay)));
        }
    }

    /** Publishes every product whose delay has passed; returns how many products were published. */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        while (!pending.isEmpty() && !pending.peekFirst().due().isAfter(now)) {
            if (publishWherePending(pending.pollFirst().productId())) {
                published++;
            }
        }
        return published;
    }

    /** After a marketplace is enabled: publishes there every product whose delay has passed. */
    public void marketEnabled(int marketId) {
        Instant now = clock.instant();
        for (Product product : List.copyOf(store.all())) {
            if (!product.createdAt().plus(delay).isAfter(now)) {
                publishIfWanted(product, marketId, now);
            }
        }
    }

    /** Publishes a product on one marketplace now (no-op when already published there). */
    public Product publish(Product product, int marketId) {
        return publish(product, marketId, clock.instant());
    }

    private Product publish(Product product, int marketId, Instant now) {
        MarketListing listing = product.listing(marketId);
        if (listing.published()) {
            return product;
        }
        Market market = catalogue.market(marketId).orElseThrow();
        boolean first = !product.everPublished();
        Product published = product.withListing(listing.publishedAs(marketSkus.of(market, product.id()), now), now);
        store.put(published);
        if (first) {
            publishedIds.add(product.id());
        }
        return published;
    }

    /**
     * Sets a product's state on one marketplace, as the publication actions and MarketSync's own UI do;
     * {@code publicar} also publishes it at once. Answers the product as stored (unchanged when it already was so).
     */
    public Product setState(Product product, int marketId, PublicationState state) {
        Instant now = clock.instant();
        MarketListing before = product.listing(marketId);
        Product next = product.withListing(before.withState(state), now);
        if (state == PublicationState.PUBLICAR) {
            next = publish(next, marketId, now);
        }
        if (next.listing(marketId).equals(before)) {
            return product;
        }
        store.put(next);
        return next;
    }

    /** Ids of products ever published, in the order they were first published. */
    public List<Long> publishedIds() {
        return publishedIds;
    }

    public int publishedCount() {
        return publishedIds.size();
    }

    public void clear() {
        pending.clear();
        publishedIds.clear();
    }

    private boolean publishWherePending(long productId) {
        Instant now = clock.instant();
        boolean any = false;
        for (Market market : catalogue.markets()) {
            Product product = store.byId(productId).orElse(null);
            if (product == null) {
                return false;
            }
            any |= publishIfWanted(product, market.id(), now);
        }
        return any;
    }

    private boolean publishIfWanted(Product product, int marketId, Instant now) {
        MarketListing listing = product.listing(marketId);
        if (listing.published() || listing.state() == PublicationState.SUSPENDER || !sellerMarkets.enabled(marketId)) {
            return false;
        }
        publish(product, marketId, now);
        return true;
    }
}

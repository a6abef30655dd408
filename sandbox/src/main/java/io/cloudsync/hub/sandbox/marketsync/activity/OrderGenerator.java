package io.cloudsync.hub.sandbox.marketsync.activity;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.catalogue.OrderStatuses;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Marketplace orders for published products: a product drawn among those published, one of the marketplaces where
 * it is live (not sold out, suspended or disabled) and priced, a variation with stock there (any variation where the
 * marketplace holds the stock: {@code fulfillment}, whose lines say so), 1–2 units at that marketplace's sale price,
 * and one order in four a second variation of the product. Orders arrive in the market's first status word, their
 * order date up to {@value #LAG_SECONDS} s before MarketSync registers them. Each {@link #tick} also lets the
 * marketplaces cancel an earlier order still in its first status, with a probability of {@code cancellationsPercent}
 * (markets that have a cancellation word). The same seed, catalogue and calls give the same orders.
 */
public final class OrderGenerator {

    static final int LAG_SECONDS = 300;
    private static final int ATTEMPTS = 20;

    private final SandboxData data;
    private final long seed;
    private final int cancellationsPercent;
    private final OrderFactory factory;
    private Random random;

    public OrderGenerator(SandboxData data, long seed, int cancellationsPercent) {
        this.data = data;
        this.seed = seed;
        this.cancellationsPercent = cancellationsPercent;
        this.factory = new OrderFactory(data.orders());
        this.random = new Random(seed);
    }

    /** Generates up to {@code count} orders now; fewer when no published product can be sold. */
    public synchronized List<Order> generate(int count) {
        List<Order> generated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<Order> order = data.products().exclusively(this::generateOne);
            if (order.isEmpty()) {
                break;
            }
            generated.add(order.get());
        }
        return generated;
    }

    /** What one period of the activity timer brings: a new order and, now and then, a cancellation. */
    public synchronized void tick() {
        generate(1);
        if (random.nextInt(100) < cancellationsPercent) {
            cancelOne();
        }
    }

    /** The marketplace cancels an order still in its first status (drawn at random); empty when none can be. */
    public synchronized Optional<Order> cancelOne() {
        synchronized (data.orders()) {
            List<Order> open = data.orders().all().stream().filter(this::cancellable).toList();
            if (open.isEmpty()) {
                return Optional.empty();
            }
            Order order = open.get(random.nextInt(open.size()));
            String word = market(order).statuses().cancellation().orElseThrow();
            Order cancelled = order.withStatus(new StatusChange(now(), word, "Cancelado por el comprador",
                    StatusChange.MARKETPLACE));
            data.orders().replace(cancelled);
            return Optional.of(cancelled);
        }
    }

    public synchronized void reset() {
        random = new Random(seed);
    }

    private boolean cancellable(Order order) {
        Optional<Market> market = data.catalogue().market(order.marketId());
        if (market.isEmpty()) {
            return false;
        }
        OrderStatuses statuses = market.get().statuses();
        return statuses.cancellation().isPresent() && order.estatus().equals(statuses.initial());
    }

    private Optional<Order> generateOne() {
        List<Long> published = data.publisher().publishedIds();
        for (int attempt = 0; attempt < ATTEMPTS && !published.isEmpty(); attempt++) {
            Optional<Product> product = data.products().byId(published.get(random.nextInt(published.size())));
            if (product.isEmpty()) {
                continue;
            }
            List<MarketListing> live = product.get().markets().stream().filter(this::sellable).toList();
            if (live.isEmpty()) {
                continue;
            }
            MarketListing listing = live.get(random.nextInt(live.size()));
            List<Variation> available = product.get().variations().stream()
                    .filter(v -> units(product.get(), v, listing) > 0).toList();
            if (available.isEmpty()) {
                continue;
            }
            List<OrderLine> lines = new ArrayList<>();
            Variation first = available.get(random.nextInt(available.size()));
            lines.add(line(product.get(), first, listing));
            if (available.size() > 1 && random.nextInt(4) == 0) {
                Variation second = available.get(random.nextInt(available.size()));
                if (!second.sku().equals(first.sku())) {
                    lines.add(line(product.get(), second, listing));
                }
            }
            Market market = data.catalogue().market(listing.marketId()).orElseThrow();
            return Optional.of(factory.register(market, lines, now(), LAG_SECONDS, random));
        }
        return Optional.empty();
    }

    private boolean sellable(MarketListing listing) {
        return listing.published() && listing.priced() && data.sellerMarkets().enabled(listing.marketId())
                && listing.state() != PublicationState.SUSPENDER && listing.state() != PublicationState.AGOTAR;
    }

    /** Units a buyer can order: the marketplace's own stock is not modelled, so a fulfillment listing has 2. */
    private int units(Product product, Variation variation, MarketListing listing) {
        return fulfilled(listing) ? 2 : data.availability().onMarket(product, variation, listing.marketId());
    }

    private OrderLine line(Product product, Variation variation, MarketListing listing) {
        int quantity = 1 + random.nextInt(Math.min(2, units(product, variation, listing)));
        return new OrderLine(0, product.id(), variation.sku(), product.columns().text(ProductColumn.MODELO),
                product.columns().text(ProductColumn.NOMBRE), quantity, listing.oferta(), variation.color(),
                variation.talla().isEmpty() ? "UNIT" : variation.talla(), fulfilled(listing));
    }

    private static boolean fulfilled(MarketListing listing) {
        return listing.state() == PublicationState.FULFILLMENT;
    }

    private Market market(Order order) {
        return data.catalogue().market(order.marketId()).orElseThrow();
    }

    private LocalDateTime now() {
        return MexicoCityTime.of(data.clock().instant()).withNano(0);
    }
}

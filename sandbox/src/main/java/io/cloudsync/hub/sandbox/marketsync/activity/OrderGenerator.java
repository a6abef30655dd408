package io.cloudsync.hub.sandbox.marketsync.activity;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.PublicationState;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Marketplace orders for published products: a product drawn among those published, one of the marketplaces where
 * it is live (not sold out, suspended or disabled) and priced, a variation with stock there, 1–2 units at that
 * marketplace's sale price. The same seed and the same catalogue give the same orders.
 */
public final class OrderGenerator {

    private static final int ATTEMPTS = 20;

    private final SandboxData data;
    private final long seed;
    private Random random;

    public OrderGenerator(SandboxData data, long seed) {
        this.data = data;
        this.seed = seed;
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

    public synchronized void reset() {
        random = new Random(seed);
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
            Product p = product.get();
            List<Variation> inStock = p.variations().stream()
                    .filter(v -> data.availability().onMarket(p, v, listing.marketId()) > 0).toList();
            if (inStock.isEmpty()) {
                continue;
            }
            Variation variation = inStock.get(random.nextInt(inStock.size()));
            int available = data.availability().onMarket(p, variation, listing.marketId());
            int quantity = 1 + random.nextInt(Math.min(2, available));
            Order order = order(p, variation, listing, quantity);
            data.orders().add(order);
            return Optional.of(order);
        }
        return Optional.empty();
    }

    private boolean sellable(MarketListing listing) {
        return listing.published() && listing.priced() && data.sellerMarkets().enabled(listing.marketId())
                && listing.state() != PublicationState.SUSPENDER && listing.state() != PublicationState.AGOTAR;
    }

    private Order order(Product product, Variation variation, MarketListing listing, int quantity) {
        Market market = data.catalogue().market(listing.marketId()).orElseThrow();
        long id = data.orders().newOrderId();
        LocalDateTime now = MexicoCityTime.of(data.clock().instant()).withNano(0);
        long total = listing.oferta() * quantity;
        OrderLine line = new OrderLine(data.orders().newLineId(), product.id(), variation.sku(),
                product.columns().text(ProductColumn.MODELO), product.columns().text(ProductColumn.NOMBRE), quantity,
                listing.oferta(), variation.color(), variation.talla().isEmpty() ? "UNIT" : variation.talla());
        return new Order(id, market.id(), market.market(), referencia(market, id), now, now,
                Math.round(total / 1.16), total, 0, 0, "none@" + market.market().toLowerCase(Locale.ROOT) + ".com",
                ShippingData.draw(random), "authorized", "", "", "", "", shippingId(market, id), now, List.of(line));
    }

    /** The order number the marketplace would give, unique through the order id it embeds. */
    private String referencia(Market market, long id) {
        int noise = random.nextInt(10_000);
        return switch (market.market()) {
            case "Amazon" -> String.format("70%d-%07d-%07d", 1 + random.nextInt(9), id, noise * 100 + 7);
            case "Mercado" -> String.format("2000%08d%04d", id, noise);
            default -> String.format("%d%04d", id, noise);
        };
    }

    private String shippingId(Market market, long id) {
        return market.market().equals("Mercado") ? String.format("4%010d", id * 7 + random.nextInt(7)) : "";
    }
}

package io.cloudsync.hub.sandbox.marketsync.activity;

import io.cloudsync.hub.sandbox.marketsync.catalogue.Market;
import io.cloudsync.hub.sandbox.marketsync.model.MarketListing;
import io.cloudsync.hub.sandbox.marketsync.model.MexicoCityTime;
import io.cloudsync.hub.sandbox.marketsync.model.Money;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.OrderLine;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.ProductColumn;
import io.cloudsync.hub.sandbox.marketsync.model.StatusChange;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * What a test does in a marketplace's place, deterministically: a buyer orders given seller SKUs on a given market
 * (whatever the listing's state: the test decides), or the marketplace moves an order to one of its status words
 * (e.g. cancels it). Refusals are {@link IllegalArgumentException}s naming what is wrong; an unknown order is a
 * {@link NoSuchElementException}.
 */
public final class MarketplaceActions {

    /** One line a test orders: seller SKU, units, whether the marketplace ships it, unit price ({@code null}: the
     * listing's sale price, or 100.00 when the product is not priced there). */
    public record LineRequest(String sku, int cantidad, boolean fulfillment, java.math.BigDecimal precio) {
    }

    private static final long DEFAULT_PRICE = Money.of(java.math.BigDecimal.valueOf(100));

    private final SandboxData data;
    private final OrderFactory factory;
    private final long seed;
    private Random random;

    public MarketplaceActions(SandboxData data, long seed) {
        this.data = data;
        this.factory = new OrderFactory(data.orders());
        this.seed = seed;
        this.random = new Random(seed ^ 0x5EED_0DE5L);
    }

    /** Back to the first draw of the seed: after a reset, the same calls give the same orders. */
    public synchronized void reset() {
        random = new Random(seed ^ 0x5EED_0DE5L);
    }

    /** Registers an order now: MarketSync shows it at once, with no lag between order date and registration. */
    public synchronized Order order(int marketId, List<LineRequest> requested) {
        Market market = data.catalogue().market(marketId)
                .orElseThrow(() -> new IllegalArgumentException("unknown market " + marketId + "; markets: "
                        + data.catalogue().markets().stream().map(m -> m.id() + " " + m.market()).toList()));
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        return data.products().exclusively(() -> {
            List<OrderLine> lines = new ArrayList<>();
            for (LineRequest request : requested) {
                lines.add(line(market, request));
            }
            return factory.register(market, lines, now(), 0, random);
        });
    }

    /** The marketplace sets an order's status (a word of that market) with a comment; {@code fecha} moves. */
    public Order changeStatus(String referencia, String estatus, String comentario) {
        synchronized (data.orders()) {
            Order order = data.orders().byReferencia(referencia)
                    .orElseThrow(() -> new NoSuchElementException("unknown order " + referencia));
            data.catalogue().statuses(order.marketId()).filter(s -> !s.knows(estatus)).ifPresent(s -> {
                throw new IllegalArgumentException("'" + estatus + "' is not a status of " + order.market()
                        + "; its statuses: " + String.join(", ", s.all()));
            });
            Order changed = order.withStatus(new StatusChange(now(), estatus, comentario == null ? "" : comentario,
                    StatusChange.MARKETPLACE));
            data.orders().replace(changed);
            return changed;
        }
    }

    /** The marketplace cancels an order with its own cancellation word. */
    public Order cancel(String referencia, String comentario) {
        Order order = data.orders().byReferencia(referencia)
                .orElseThrow(() -> new NoSuchElementException("unknown order " + referencia));
        String word = data.catalogue().statuses(order.marketId()).flatMap(s -> s.cancellation())
                .orElseThrow(() -> new IllegalArgumentException(order.market() + " has no cancellation status"));
        return changeStatus(referencia, word, comentario);
    }

    private OrderLine line(Market market, LineRequest request) {
        if (request.cantidad() < 1) {
            throw new IllegalArgumentException("cantidad of " + request.sku() + " must be 1 or more");
        }
        Product product = data.products().ofVariation(request.sku())
                .orElseThrow(() -> new IllegalArgumentException("unknown seller SKU " + request.sku()));
        Variation variation = product.variation(request.sku()).orElseThrow();
        MarketListing listing = product.listing(market.id());
        long precio = request.precio() != null ? Money.of(request.precio())
                : listing.priced() ? listing.oferta() : DEFAULT_PRICE;
        return new OrderLine(0, product.id(), variation.sku(), product.columns().text(ProductColumn.MODELO),
                product.columns().text(ProductColumn.NOMBRE), request.cantidad(), precio, variation.color(),
                variation.talla().isEmpty() ? "UNIT" : variation.talla(), request.fulfillment());
    }

    private LocalDateTime now() {
        return MexicoCityTime.of(data.clock().instant()).withNano(0);
    }
}

package io.cloudsync.hub.sandbox.marketsync;

import io.cloudsync.hub.sandbox.marketsync.activity.MarketplaceActions;
import io.cloudsync.hub.sandbox.marketsync.activity.OrderGenerator;
import io.cloudsync.hub.sandbox.marketsync.catalogue.Catalogue;
import io.cloudsync.hub.sandbox.marketsync.model.Guide;
import io.cloudsync.hub.sandbox.marketsync.model.Order;
import io.cloudsync.hub.sandbox.marketsync.model.Product;
import io.cloudsync.hub.sandbox.marketsync.model.Variation;
import io.cloudsync.hub.sandbox.marketsync.store.OrderQuery;
import io.cloudsync.hub.sandbox.marketsync.store.SandboxData;
import io.cloudsync.hub.sandbox.marketsync.store.SellerMarkets.Setting;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the simulated seller account holds, for tests and the demo: products by SKU (columns, attributes,
 * variations with stock, listings per marketplace with state, price and publication), orders and marketplace
 * settings. Products and orders are immutable snapshots.
 */
public final class MarketSyncState {

    private final SandboxData data;
    private final OrderGenerator generator;
    private final MarketplaceActions marketplaces;

    MarketSyncState(SandboxData data, OrderGenerator generator, MarketplaceActions marketplaces) {
        this.data = data;
        this.generator = generator;
        this.marketplaces = marketplaces;
    }

    public Optional<Product> product(String sku) {
        return data.products().bySku(sku);
    }

    public Optional<Product> productById(long id) {
        return data.products().byId(id);
    }

    /** The product owning a seller SKU (variation). */
    public Optional<Product> productOfVariation(String sellerSku) {
        return data.products().ofVariation(sellerSku);
    }

    /** Every product, in id (creation) order. */
    public List<Product> products() {
        return List.copyOf(data.products().all());
    }

    public int productCount() {
        return data.products().size();
    }

    public int variationCount() {
        return data.products().variationCount();
    }

    public int publishedCount() {
        return data.publisher().publishedCount();
    }

    /** Stock minus the units MarketSync deducts under the stock cut-off ({@code StockDeduction}). */
    public int teorico(Variation variation) {
        return data.availability().teorico(variation);
    }

    /** The units a marketplace shows for a product: 0 unless published there and not sold out. */
    public int stockOnMarket(Product product, int marketId) {
        return data.availability().onMarket(product, marketId);
    }

    public List<Order> orders() {
        return data.orders().query(OrderQuery.all());
    }

    public Optional<Order> order(String referencia) {
        return data.orders().byReferencia(referencia);
    }

    public Optional<Guide> guide(long orderId) {
        return data.orders().guide(orderId);
    }

    public Optional<LocalDateTime> stockCutoff() {
        return data.orders().stockCutoff();
    }

    public Setting market(int marketId) {
        return data.sellerMarkets().setting(marketId);
    }

    public Catalogue catalogue() {
        return data.catalogue();
    }

    /** Generates up to {@code count} marketplace orders now (as the timer does), for published products. */
    public List<Order> generateOrders(int count) {
        return generator.generate(count);
    }

    /** One period of the activity timer, now: a new order and, at the configured chance, a cancellation. */
    public void tick() {
        generator.tick();
    }

    /** The marketplaces cancel one order still in its first status (drawn from the seed); empty when none can be. */
    public Optional<Order> cancelAnOrder() {
        return generator.cancelOne();
    }

    /** What a test does in a marketplace's place: order given SKUs, change an order's status. */
    public MarketplaceActions marketplaces() {
        return marketplaces;
    }

    /** Forgets every product, order and marketplace setting; the order generator starts over from its seed. */
    public void reset() {
        data.reset();
        generator.reset();
        marketplaces.reset();
    }
}

package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.generate.GenerationPlan;
import io.cloudsync.hub.sandbox.store.generate.ShopGenerator;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.ConfigurationValue;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderFactory;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.PriceCalculator;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ProductEditor;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.sandbox.store.model.SpecificPrice;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The sandbox shop: its data and every change the control API, the activity generator and webservice writes make.
 * Thread-safe: changes are serialised, reads see immutable rows.
 *
 * <p>What it does the way PrestaShop does: product edits set {@code date_upd} to the shop's local wall-clock time
 * (one-second resolution, DST jumps included); every {@value #BODY_DATE_LAG_EVERY}th product edit leaves the body's
 * date ({@code ps_product_shop.date_upd}) behind the filtered one; stock and combination changes leave the product
 * untouched; deletes are hard.
 */
public final class SandboxShop {

    /** Every this-many-th product edit (counted since start) updates {@code ps_product.date_upd} only. */
    public static final int BODY_DATE_LAG_EVERY = 5;

    private final ShopData data;
    private final ShopClock clock;
    private final PriceCalculator prices;
    private final ProductEditor productEditor;
    private final RequestCounts requests = new RequestCounts();
    private final AtomicLong version = new AtomicLong();
    private final ShopPicks picks;
    private final ShopOrders orders;
    private final ShopSales sales;
    private final ProductRows rows;
    private final ShopProducts products;
    private final ShopConfiguration config;
    private volatile boolean phpCgiMode;

    private SandboxShop(ShopData data, ShopClock clock, long seed) {
        this.data = data;
        this.clock = clock;
        this.prices = new PriceCalculator(data);
        this.productEditor = new ProductEditor(data.languages);
        this.picks = new ShopPicks(data, seed);
        this.rows = new ProductRows(data);
        this.orders = new ShopOrders(data, picks, rows);
        this.sales = new ShopSales(data, picks, orders);
        this.products = new ShopProducts(data, productEditor, rows);
        this.config = new ShopConfiguration(data);
    }

    /** Generates the shop; its history ends at the clock's current time. */
    public static SandboxShop generate(StoreSandboxSettings settings, ShopClock clock) {
        GenerationPlan plan = new GenerationPlan(settings.products(), settings.seed(), settings.languages(),
                ZoneId.of(settings.timezone()), settings.customers(), settings.orders(), settings.orderDays(),
                clock.now());
        return new SandboxShop(ShopGenerator.generate(plan), clock, settings.seed());
    }

    public ShopData data() {
        return data;
    }

    public ShopClock clock() {
        return clock;
    }

    public PriceCalculator prices() {
        return prices;
    }

    public RequestCounts requests() {
        return requests;
    }

    /** Requests per resource since start (or the last reset). */
    public Map<String, Long> requestCounts() {
        return requests.snapshot();
    }

    /** Grows with every change; equal versions mean equal data. */
    public long version() {
        return version.get();
    }

    // ---- time ----

    /** The zone of the shop's wall clock: {@code PS_TIMEZONE}, or the server's default (UTC) when it is missing or invalid. */
    public ZoneId zone() {
        return config.zone();
    }

    /** Now on the shop's wall clock (what {@code date_upd} gets). */
    public long wallNow() {
        return ShopTime.of(clock.now(), zone());
    }

    public LocalDateTime localNow() {
        return ShopTime.toLocal(wallNow());
    }

    public void setClock(Instant instant) {
        clock.set(instant);
    }

    /** Sets the clock to a shop-local time (the earlier instant when the time occurs twice). */
    public void setClockLocal(LocalDateTime local) {
        clock.set(local.atZone(zone()).toInstant());
    }

    public void advanceClock(Duration duration) {
        clock.advance(duration);
    }

    public void freezeClock() {
        clock.freeze();
    }

    public void unfreezeClock() {
        clock.unfreeze();
    }

    // ---- PHP-CGI and configuration ----

    /** When on, the server drops the {@code Authorization} header, as some PHP-CGI setups do. */
    public boolean phpCgiMode() {
        return phpCgiMode;
    }

    public void setPhpCgiMode(boolean on) {
        phpCgiMode = on;
    }

    public Optional<String> configuration(String name) {
        return Optional.ofNullable(data.configuration(name)).map(ConfigurationValue::value);
    }

    public synchronized ConfigurationValue setConfiguration(String name, String value) {
        ConfigurationValue next = config.set(name, value, wallNow());
        changed();
        return next;
    }

    public synchronized boolean removeConfiguration(String name) {
        return changedIf(config.remove(name));
    }

    // ---- products ----

    public Optional<Product> product(int id) {
        return Optional.ofNullable(data.products.get(id));
    }

    /** Edits fields of a product ({@code {"price":"12.5"}}, or per language id for texts); touches its {@code date_upd}. */
    public Product editProduct(int id, Map<String, FieldInput> fields) {
        return updateProduct(id, product -> {
            fields.forEach((field, value) -> productEditor.apply(product, field, value));
            return product;
        });
    }

    /** Changes a product and stamps it with the shop's current time, as a back-office save does. */
    public synchronized Product updateProduct(int id, UnaryOperator<Product.Builder> change) {
        Product current = require(data.products.get(id), "product", id);
        Product updated = products.stamp(change.apply(current.toBuilder()), wallNow());
        data.products.put(id, updated);
        changed();
        return updated;
    }

    /** Edits several products in one save: they all get the same {@code date_upd} second. */
    public synchronized List<Product> bulkEditProducts(List<Integer> ids, Map<String, FieldInput> fields) {
        List<Product> updated = products.bulkEdit(ids, fields, wallNow());
        changed();
        return updated;
    }

    /** Edits the first {@code count} products (in id order) in one save. */
    public List<Product> bulkEditProducts(int count, Map<String, FieldInput> fields) {
        List<Integer> ids = new ArrayList<>(count);
        data.products.forEach(product -> {
            if (ids.size() < count) {
                ids.add(product.id());
            }
        });
        return bulkEditProducts(ids, fields);
    }

    /**
     * Creates a product with {@code combinations} combinations (sizes XS, S, M…) and {@code quantityEach} units of
     * each (or of the product itself when it has none), one image, in the home category.
     */
    public Product createProduct(Map<String, FieldInput> fields, int combinations, int quantityEach) {
        return createProduct(product -> {
            fields.forEach((field, value) -> productEditor.apply(product, field, value));
            return product;
        }, combinations, quantityEach);
    }

    /** Creates a product set up by {@code init} (see {@link #createProduct(Map, int, int)}). */
    public synchronized Product createProduct(UnaryOperator<Product.Builder> init, int combinations, int quantityEach) {
        Product created = products.create(init, combinations, quantityEach, wallNow());
        changed();
        return created;
    }

    /** The editor that turns written values into product changes (shared with webservice writes). */
    public ProductEditor productEditor() {
        return productEditor;
    }

    /** Deletes a product for good: its combinations, stock rows, specific prices and images go with it. */
    public synchronized boolean deleteProduct(int id) {
        return changedIf(products.delete(id));
    }

    // ---- combinations ----

    public Optional<Combination> combination(int id) {
        return Optional.ofNullable(data.combinations.get(id));
    }

    /** Adds a combination with its own stock row; the product's {@code date_upd} does not move. */
    public synchronized Combination addCombination(int productId, Map<String, FieldInput> fields, int[] optionValueIds,
                                                   int quantity) {
        require(data.products.get(productId), "product", productId);
        Combination created = rows.insertCombination(productId, fields, optionValueIds, quantity);
        changed();
        return created;
    }

    public Combination editCombination(int id, Map<String, FieldInput> fields) {
        return updateCombination(id, combination -> ProductRows.edited(combination, fields));
    }

    /** Sets a combination's price impact (tax excluded, e.g. {@code "2.479339"}). */
    public Combination setCombinationPriceImpact(int id, String impact) {
        return editCombination(id, Map.of("price", FieldInput.of(impact)));
    }

    /** Changes a combination; combinations have no date and the product's {@code date_upd} stays as it is. */
    public synchronized Combination updateCombination(int id, UnaryOperator<Combination> change) {
        Combination current = require(data.combinations.get(id), "combination", id);
        Combination next = change.apply(current);
        data.combinations.put(id, next);
        changed();
        return next;
    }

    public synchronized boolean deleteCombination(int id) {
        return changedIf(rows.deleteCombination(id));
    }

    // ---- specific prices ----

    /**
     * Adds a reduction ({@link SpecificPrice#PERCENTAGE} as a fraction such as {@code 0.2}, or {@link SpecificPrice#AMOUNT}
     * in euros) to a product or one of its combinations, valid between two shop-local times ({@link ShopTime#ZERO}:
     * open). Like every price rule, it does not touch the product's {@code date_upd}.
     */
    public synchronized SpecificPrice addSpecificPrice(int productId, int combinationId, String reductionType,
                                                       String reduction, boolean reductionTaxIncluded, long from,
                                                       long to) {
        SpecificPrice price = rows.addSpecificPrice(productId, combinationId, reductionType, reduction,
                reductionTaxIncluded, from, to);
        changed();
        return price;
    }

    public synchronized boolean deleteSpecificPrice(int id) {
        return changedIf(rows.deleteSpecificPrice(id));
    }

    // ---- stock ----

    /**
     * Sets the quantity of a combination's stock row (and the product row's sum), or of the product row itself
     * ({@code combinationId} 0). Nothing else changes: no date anywhere.
     */
    public synchronized StockAvailable setStock(int productId, int combinationId, int quantity) {
        StockAvailable row = data.stockOf(productId, combinationId);
        if (row == null) {
            throw new NoSuchElementException("no stock row for product " + productId + " and combination " + combinationId);
        }
        return updateStockRow(row.id(), current -> current.withQuantity(quantity));
    }

    public synchronized StockAvailable updateStockRow(int stockId, UnaryOperator<StockAvailable> change) {
        StockAvailable row = rows.updateStockRow(stockId, change);
        changed();
        return row;
    }

    // ---- orders ----

    /** Places an order now for a customer (checkout: cart, order, first history row). */
    public synchronized Order createOrder(int customerId, List<OrderFactory.Line> lines, String paymentModule) {
        Order order = orders.create(customerId, lines, paymentModule, wallNow());
        changed();
        return order;
    }

    /** An order of one to three random products by a random customer. */
    public synchronized Order createRandomOrder() {
        ShopOrders.Pick pick = orders.randomPick();
        return createOrder(pick.customerId(), pick.lines(), pick.paymentModule());
    }

    /** An order that sells one product down to {@code threshold} units or fewer (a random one when none has more). */
    public synchronized Order createLowStockOrder(int threshold) {
        ShopOrders.Pick pick = orders.lowStockPick(threshold);
        return createOrder(pick.customerId(), pick.lines(), pick.paymentModule());
    }

    /** A status change: the order's {@code current_state} and {@code date_upd} move, a history row is added. */
    public synchronized OrderHistory changeOrderState(int orderId, int stateId, int employeeId) {
        OrderHistory history = orders.changeState(orderId, stateId, employeeId, wallNow());
        changed();
        return history;
    }

    /** Writes that sell (customers, addresses, carts, orders from carts, tracking numbers), at the shop's now. */
    public synchronized <T> T sell(java.util.function.BiFunction<ShopSales, Long, T> write) {
        T result = write.apply(sales, wallNow());
        changed();
        return result;
    }

    // ---- helpers for the activity generator ----

    /** A random existing product id (0 when there is none). */
    public synchronized int randomProductId() {
        return picks.productId();
    }

    /** A random existing combination id (0 when there is none). */
    public synchronized int randomCombinationId() {
        return picks.combinationId();
    }

    /** A random existing order id (0 when there is none). */
    public synchronized int randomOrderId() {
        return picks.orderId();
    }

    public synchronized int randomInt(int bound) {
        return picks.nextInt(bound);
    }

    /** Counts and settings at a glance (for {@code GET /_sandbox/store}). */
    public Map<String, Object> summary() {
        return ShopSummary.of(this);
    }

    private void changed() {
        version.incrementAndGet();
    }

    private boolean changedIf(boolean changed) {
        if (changed) {
            changed();
        }
        return changed;
    }

    static <T> T require(T row, String what, int id) {
        if (row == null) {
            throw new NoSuchElementException("no " + what + " with id " + id);
        }
        return row;
    }
}

package io.cloudsync.hub.sandbox.store;

import io.cloudsync.hub.sandbox.store.generate.GenerationPlan;
import io.cloudsync.hub.sandbox.store.generate.ShopGenerator;
import io.cloudsync.hub.sandbox.store.model.Address;
import io.cloudsync.hub.sandbox.store.model.Cart;
import io.cloudsync.hub.sandbox.store.model.CartRow;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.CombinationEditor;
import io.cloudsync.hub.sandbox.store.model.ConfigurationValue;
import io.cloudsync.hub.sandbox.store.model.Customer;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Language;
import io.cloudsync.hub.sandbox.store.model.Localized;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.OrderFactory;
import io.cloudsync.hub.sandbox.store.model.OrderHistory;
import io.cloudsync.hub.sandbox.store.model.PaymentMethod;
import io.cloudsync.hub.sandbox.store.model.PriceCalculator;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.cloudsync.hub.sandbox.store.model.ProductEditor;
import io.cloudsync.hub.sandbox.store.model.ProductImage;
import io.cloudsync.hub.sandbox.store.model.ProductTextField;
import io.cloudsync.hub.sandbox.store.model.ShopData;
import io.cloudsync.hub.sandbox.store.model.ShopTime;
import io.cloudsync.hub.sandbox.store.model.Slug;
import io.cloudsync.hub.sandbox.store.model.SpecificPrice;
import io.cloudsync.hub.sandbox.store.model.StockAvailable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
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
    private final OrderFactory orderFactory;
    private final ProductEditor productEditor;
    private final RequestCounts requests = new RequestCounts();
    private final AtomicLong version = new AtomicLong();
    private final SplittableRandom random;
    private long productEdits;
    private volatile boolean phpCgiMode;

    private SandboxShop(ShopData data, ShopClock clock, long seed) {
        this.data = data;
        this.clock = clock;
        this.prices = new PriceCalculator(data);
        this.orderFactory = new OrderFactory(data);
        this.productEditor = new ProductEditor(data.languages);
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
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
        ConfigurationValue timezone = data.configuration("PS_TIMEZONE");
        if (timezone != null) {
            try {
                return ZoneId.of(timezone.value());
            } catch (DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
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
        ConfigurationValue current = data.configuration(name);
        long now = wallNow();
        ConfigurationValue next = current == null
                ? new ConfigurationValue(data.configurations.nextId(), name, value, now, now)
                : new ConfigurationValue(current.id(), name, value, current.dateAdd(), now);
        data.configurations.put(next.id(), next);
        changed();
        return next;
    }

    public synchronized boolean removeConfiguration(String name) {
        ConfigurationValue current = data.configuration(name);
        if (current == null) {
            return false;
        }
        data.configurations.remove(current.id());
        changed();
        return true;
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
        Product updated = stamp(change.apply(current.toBuilder()), wallNow());
        data.products.put(id, updated);
        changed();
        return updated;
    }

    /** Edits several products in one save: they all get the same {@code date_upd} second. */
    public synchronized List<Product> bulkEditProducts(List<Integer> ids, Map<String, FieldInput> fields) {
        long now = wallNow();
        List<Product> updated = new ArrayList<>(ids.size());
        for (int id : ids) {
            Product current = require(data.products.get(id), "product", id);
            Product.Builder builder = current.toBuilder();
            fields.forEach((field, value) -> productEditor.apply(builder, field, value));
            Product next = stamp(builder, now);
            data.products.put(id, next);
            updated.add(next);
        }
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

    private Product stamp(Product.Builder product, long now) {
        productEdits++;
        product.dateUpd = now;
        if (productEdits % BODY_DATE_LAG_EVERY != 0) {
            product.shopDateUpd = now;
        }
        return product.build();
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
        long now = wallNow();
        Product.Builder product = new Product.Builder();
        product.id = data.products.nextId();
        product.defaultCategoryId = 2;
        product.categoryIds = new int[] {2};
        product.taxRulesGroupId = 1;
        product.active = true;
        product.dateAdd = now;
        init.apply(product);
        if (product.texts.overrides().get(ProductTextField.LINK_REWRITE) == null) {
            product.texts = product.texts.with(ProductTextField.LINK_REWRITE, slugs(product));
        }
        int imageId = data.images.nextId();
        data.images.put(imageId, new ProductImage(imageId, product.id, 1, true));
        product.imageIds = new int[] {imageId};
        product.dateUpd = now;
        product.shopDateUpd = now;
        Product created = product.build();
        data.products.put(created.id(), created);
        addStockRow(created.id(), 0, combinations == 0 ? quantityEach : 0);
        for (int k = 0; k < combinations; k++) {
            int sizeValue = 1 + k % 6;
            insertCombination(created.id(), Map.of(), new int[] {sizeValue}, quantityEach);
        }
        changed();
        return created;
    }

    /** The editor that turns written values into product changes (shared with webservice writes). */
    public ProductEditor productEditor() {
        return productEditor;
    }

    private Localized slugs(Product.Builder product) {
        String[] values = new String[data.languages.count()];
        for (Language language : data.languages.all()) {
            values[language.index()] = Slug.of(product.texts.get(ProductTextField.NAME, language));
        }
        return Localized.of(values);
    }

    /** Deletes a product for good: its combinations, stock rows, specific prices and images go with it. */
    public synchronized boolean deleteProduct(int id) {
        Product removed = data.products.remove(id);
        if (removed == null) {
            return false;
        }
        for (int combinationId : data.combinationsOfProduct.of(id)) {
            data.combinations.remove(combinationId);
        }
        for (int stockId : data.stockOfProduct.of(id)) {
            data.stockAvailables.remove(stockId);
        }
        for (int specificPriceId : data.specificPricesOfProduct.of(id)) {
            data.specificPrices.remove(specificPriceId);
        }
        for (int imageId : removed.imageIds()) {
            data.images.remove(imageId);
        }
        data.combinationsOfProduct.removeParent(id);
        data.stockOfProduct.removeParent(id);
        data.specificPricesOfProduct.removeParent(id);
        changed();
        return true;
    }

    // ---- combinations ----

    public Optional<Combination> combination(int id) {
        return Optional.ofNullable(data.combinations.get(id));
    }

    /** Adds a combination with its own stock row; the product's {@code date_upd} does not move. */
    public synchronized Combination addCombination(int productId, Map<String, FieldInput> fields, int[] optionValueIds,
                                                   int quantity) {
        require(data.products.get(productId), "product", productId);
        Combination created = insertCombination(productId, fields, optionValueIds, quantity);
        changed();
        return created;
    }

    private Combination insertCombination(int productId, Map<String, FieldInput> fields, int[] optionValueIds,
                                          int quantity) {
        int id = data.combinations.nextId();
        Product product = data.products.get(productId);
        boolean first = data.combinationsOfProduct.of(productId).length == 0;
        int[] images = product.imageIds().length == 0 ? new int[0] : new int[] {product.imageIds()[0]};
        int[] sorted = optionValueIds.clone();
        Arrays.sort(sorted);
        Combination combination = new Combination(id, productId, "", "", 0, 0, 0, quantity, 1, first, sorted, images,
                Map.of());
        for (Map.Entry<String, FieldInput> field : fields.entrySet()) {
            combination = CombinationEditor.apply(combination, field.getKey(), field.getValue());
        }
        data.combinations.put(id, combination);
        data.combinationsOfProduct.add(productId, id);
        addStockRow(productId, id, quantity);
        refreshProductStock(productId);
        return combination;
    }

    public Combination editCombination(int id, Map<String, FieldInput> fields) {
        return updateCombination(id, combination -> {
            Combination next = combination;
            for (Map.Entry<String, FieldInput> field : fields.entrySet()) {
                next = CombinationEditor.apply(next, field.getKey(), field.getValue());
            }
            return next;
        });
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
        Combination removed = data.combinations.remove(id);
        if (removed == null) {
            return false;
        }
        data.combinationsOfProduct.remove(removed.productId(), id);
        StockAvailable row = data.stockOf(removed.productId(), id);
        if (row != null) {
            data.stockAvailables.remove(row.id());
            data.stockOfProduct.remove(removed.productId(), row.id());
        }
        refreshProductStock(removed.productId());
        changed();
        return true;
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
        require(data.products.get(productId), "product", productId);
        if (!SpecificPrice.PERCENTAGE.equals(reductionType) && !SpecificPrice.AMOUNT.equals(reductionType)) {
            throw new IllegalArgumentException("reduction_type must be 'percentage' or 'amount', got '" + reductionType + "'");
        }
        int id = data.specificPrices.nextId();
        SpecificPrice price = new SpecificPrice(id, productId, combinationId, 0, 0, 1, -Micros.ONE, Micros.of(reduction), reductionTaxIncluded,
                reductionType, from, to);
        data.specificPrices.put(id, price);
        data.specificPricesOfProduct.add(productId, id);
        changed();
        return price;
    }

    public synchronized boolean deleteSpecificPrice(int id) {
        SpecificPrice removed = data.specificPrices.remove(id);
        if (removed == null) {
            return false;
        }
        data.specificPricesOfProduct.remove(removed.productId(), id);
        changed();
        return true;
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
        StockAvailable current = require(data.stockAvailables.get(stockId), "stock_available", stockId);
        StockAvailable next = change.apply(current);
        data.stockAvailables.put(stockId, next);
        if (next.combinationId() != 0) {
            refreshProductStock(next.productId());
        }
        changed();
        return data.stockAvailables.get(stockId);
    }

    private void addStockRow(int productId, int combinationId, int quantity) {
        int id = data.stockAvailables.nextId();
        data.stockAvailables.put(id, new StockAvailable(id, productId, combinationId, quantity, false, 2, ""));
        data.stockOfProduct.add(productId, id);
    }

    private void refreshProductStock(int productId) {
        StockAvailable productRow = data.stockOf(productId, 0);
        int[] combinations = data.combinationsOfProduct.of(productId);
        if (productRow == null || combinations.length == 0) {
            return;
        }
        int sum = 0;
        for (int combinationId : combinations) {
            StockAvailable row = data.stockOf(productId, combinationId);
            sum += row == null ? 0 : row.quantity();
        }
        data.stockAvailables.put(productRow.id(), productRow.withQuantity(sum));
    }

    // ---- orders ----

    /** Places an order now for a customer (checkout: cart, order, first history row). */
    public synchronized Order createOrder(int customerId, List<OrderFactory.Line> lines, String paymentModule) {
        Customer customer = require(data.customers.get(customerId), "customer", customerId);
        Address address = firstAddress(customerId);
        PaymentMethod payment = PaymentMethod.ALL.stream().filter(method -> method.module().equals(paymentModule))
                .findFirst().orElse(PaymentMethod.ALL.get(0));
        long now = wallNow();
        int cartId = data.carts.nextId();
        data.carts.put(cartId, new Cart(cartId, address.id(), address.id(), customerId, customer.langId(), 2,
                customer.secureKey(), now, now, lines.stream()
                .map(line -> new CartRow(line.productId(), line.combinationId(), address.id(), line.quantity())).toList()));
        Order order = orderFactory.create(new OrderFactory.Checkout(data.orders.nextId(), cartId, customer, address,
                payment, false, now, orderReference(), hex(32)), lines);
        if (order.rows().isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line with an existing product");
        }
        data.orders.put(order.id(), order);
        addHistory(order.id(), order.currentState(), 0, now);
        changed();
        return order;
    }

    /** An order of one to three random products by a random customer. */
    public synchronized Order createRandomOrder() {
        if (data.customers.size() == 0 || data.products.size() == 0) {
            throw new IllegalStateException("the shop has no customers or no products");
        }
        int customerId = randomExisting(data.customers.maxId(), data.customers::contains);
        List<OrderFactory.Line> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int productId = randomProductId();
            int[] combinations = data.combinationsOfProduct.of(productId);
            int combinationId = combinations.length == 0 ? 0 : combinations[random.nextInt(combinations.length)];
            lines.add(new OrderFactory.Line(productId, combinationId, 1 + random.nextInt(2)));
        }
        String module = PaymentMethod.ALL.get(random.nextInt(PaymentMethod.ALL.size())).module();
        return createOrder(customerId, lines, module);
    }

    /** A status change: the order's {@code current_state} and {@code date_upd} move, a history row is added. */
    public synchronized OrderHistory changeOrderState(int orderId, int stateId, int employeeId) {
        Order order = require(data.orders.get(orderId), "order", orderId);
        require(data.orderStates.get(stateId), "order state", stateId);
        long now = wallNow();
        data.orders.put(orderId, orderFactory.changeState(order, stateId, now));
        OrderHistory history = addHistory(orderId, stateId, employeeId, now);
        changed();
        return history;
    }

    private OrderHistory addHistory(int orderId, int stateId, int employeeId, long at) {
        int id = data.orderHistories.nextId();
        OrderHistory history = new OrderHistory(id, employeeId, stateId, orderId, at);
        data.orderHistories.put(id, history);
        return history;
    }

    private Address firstAddress(int customerId) {
        Address[] first = new Address[1];
        data.addresses.forEach(address -> {
            if (first[0] == null && address.customerId() == customerId) {
                first[0] = address;
            }
        });
        if (first[0] == null) {
            throw new IllegalArgumentException("customer " + customerId + " has no address");
        }
        return first[0];
    }

    // ---- helpers for the activity generator ----

    /** A random existing product id (0 when there is none). */
    public synchronized int randomProductId() {
        return data.products.size() == 0 ? 0 : randomExisting(data.products.maxId(), data.products::contains);
    }

    /** A random existing combination id (0 when there is none). */
    public synchronized int randomCombinationId() {
        return data.combinations.size() == 0 ? 0
                : randomExisting(data.combinations.maxId(), data.combinations::contains);
    }

    /** A random existing order id (0 when there is none). */
    public synchronized int randomOrderId() {
        return data.orders.size() == 0 ? 0 : randomExisting(data.orders.maxId(), data.orders::contains);
    }

    public synchronized int randomInt(int bound) {
        return random.nextInt(bound);
    }

    private int randomExisting(int maxId, java.util.function.IntPredicate exists) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int id = 1 + random.nextInt(maxId);
            if (exists.test(id)) {
                return id;
            }
        }
        for (int id = 1; id <= maxId; id++) {
            if (exists.test(id)) {
                return id;
            }
        }
        return 0;
    }

    private String orderReference() {
        char[] letters = new char[9];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }

    private String hex(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    /** Counts and settings at a glance (for {@code GET /_sandbox/store}). */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("products", data.products.size());
        summary.put("combinations", data.combinations.size());
        summary.put("stock_availables", data.stockAvailables.size());
        summary.put("specific_prices", data.specificPrices.size());
        summary.put("images", data.images.size());
        summary.put("customers", data.customers.size());
        summary.put("orders", data.orders.size());
        summary.put("languages", data.languages.isoCodes());
        summary.put("timezone", configuration("PS_TIMEZONE").orElse(null));
        summary.put("clock", ShopTime.format(wallNow()));
        summary.put("clockFrozen", clock.frozen());
        summary.put("phpCgiMode", phpCgiMode);
        summary.put("version", version());
        return summary;
    }

    private void changed() {
        version.incrementAndGet();
    }

    private static <T> T require(T row, String what, int id) {
        if (row == null) {
            throw new NoSuchElementException("no " + what + " with id " + id);
        }
        return row;
    }
}

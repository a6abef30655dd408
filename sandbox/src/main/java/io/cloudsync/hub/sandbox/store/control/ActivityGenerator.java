package io.cloudsync.hub.sandbox.store.control;

import io.cloudsync.hub.sandbox.store.LowStockSales;
import io.cloudsync.hub.sandbox.store.SandboxShop;
import io.cloudsync.hub.sandbox.store.model.Combination;
import io.cloudsync.hub.sandbox.store.model.FieldInput;
import io.cloudsync.hub.sandbox.store.model.Micros;
import io.cloudsync.hub.sandbox.store.model.Order;
import io.cloudsync.hub.sandbox.store.model.Product;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the sandbox shop alive: at a configurable rate it edits products, changes stock and prices, adds and
 * deletes products, places orders and moves them through their states, and sometimes saves many products in the
 * same second. A share of its orders ({@link LowStockSales}) sells a product down to the hub's low-stock threshold.
 * Deterministic for a seed (the shop's random stream), stoppable (rate 0).
 */
public final class ActivityGenerator implements AutoCloseable {

    /** What one step did. */
    public enum Action {
        EDIT, STOCK, COMBINATION_PRICE, ORDER, LOW_STOCK_ORDER, ORDER_STATE, BULK_EDIT, CREATE, DELETE, SKIPPED
    }

    private static final Map<Integer, Integer> NEXT_STATE = Map.of(1, 2, 10, 2, 13, 3, 2, 3, 3, 4, 4, 5);

    private final Vertx vertx;
    private final SandboxShop shop;
    private final LowStockSales lowStock;
    private final Map<Action, AtomicLong> counts = new ConcurrentHashMap<>();
    private volatile long timerId = -1;
    private int perMinute;

    public ActivityGenerator(Vertx vertx, SandboxShop shop, int perMinute) {
        this(vertx, shop, perMinute, LowStockSales.NONE);
    }

    /** With {@code lowStock}: that share of its orders sells a product down to the low-stock threshold. */
    public ActivityGenerator(Vertx vertx, SandboxShop shop, int perMinute, LowStockSales lowStock) {
        this.vertx = vertx;
        this.shop = shop;
        this.lowStock = lowStock;
        setRate(perMinute);
    }

    /** Changes per minute; 0 stops the generator. */
    public synchronized void setRate(int changesPerMinute) {
        if (changesPerMinute < 0) {
            throw new IllegalArgumentException("the activity rate must not be negative, got " + changesPerMinute);
        }
        if (timerId >= 0) {
            // Ticks already queued see another timer id and do nothing.
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
        perMinute = changesPerMinute;
        if (changesPerMinute > 0) {
            long period = Math.max(1, 60_000L / changesPerMinute);
            timerId = vertx.setPeriodic(period, id -> vertx.executeBlocking(() -> id == timerId ? step() : null, false));
        }
    }

    public synchronized int rate() {
        return perMinute;
    }

    public Map<String, Long> counts() {
        Map<String, Long> snapshot = new LinkedHashMap<>();
        for (Action action : Action.values()) {
            AtomicLong count = counts.get(action);
            if (count != null) {
                snapshot.put(action.name().toLowerCase(java.util.Locale.ROOT), count.get());
            }
        }
        return snapshot;
    }

    /** One change, chosen at random with the shop's seeded stream; returns what it did. */
    public Action step() {
        Action action;
        try {
            action = act(shop.randomInt(100));
        } catch (RuntimeException e) {
            action = Action.SKIPPED;
        }
        counts.computeIfAbsent(action, key -> new AtomicLong()).incrementAndGet();
        return action;
    }

    private Action act(int roll) {
        if (roll < 35) {
            return editPrice() ? Action.EDIT : Action.SKIPPED;
        }
        if (roll < 60) {
            return changeStock() ? Action.STOCK : Action.SKIPPED;
        }
        if (roll < 70) {
            return changeCombinationPrice() ? Action.COMBINATION_PRICE : Action.SKIPPED;
        }
        if (roll < 80) {
            return order();
        }
        if (roll < 85) {
            return advanceOrder() ? Action.ORDER_STATE : Action.SKIPPED;
        }
        if (roll < 90) {
            return bulkEdit() ? Action.BULK_EDIT : Action.SKIPPED;
        }
        if (roll < 95) {
            shop.createProduct(Map.of("name", FieldInput.of("Novedad " + (shop.data().products.maxId() + 1)),
                    "price", FieldInput.of(Micros.format(Micros.ofCents(995 + shop.randomInt(9000)))),
                    "reference", FieldInput.of("NEW-" + (shop.data().products.maxId() + 1))),
                    1 + shop.randomInt(4), shop.randomInt(30));
            return Action.CREATE;
        }
        int id = shop.randomProductId();
        return id != 0 && shop.deleteProduct(id) ? Action.DELETE : Action.SKIPPED;
    }

    private Action order() {
        // no draw without low-stock sales: the seed's stream of changes stays what it was before they existed
        if (lowStock.sharePercent() > 0 && shop.randomInt(100) < lowStock.sharePercent()) {
            shop.createLowStockOrder(lowStock.threshold());
            return Action.LOW_STOCK_ORDER;
        }
        shop.createRandomOrder();
        return Action.ORDER;
    }

    private boolean editPrice() {
        int id = shop.randomProductId();
        if (id == 0) {
            return false;
        }
        Product product = shop.data().products.get(id);
        long change = Micros.ofCents(shop.randomInt(401) - 200);
        long price = Math.max(Micros.ofCents(100), product.priceMicros() + change);
        shop.editProduct(id, Map.of("price", FieldInput.of(Micros.format(price))));
        return true;
    }

    private boolean changeStock() {
        int combinationId = shop.randomCombinationId();
        if (combinationId == 0) {
            return false;
        }
        Combination combination = shop.data().combinations.get(combinationId);
        shop.setStock(combination.productId(), combinationId, shop.randomInt(40));
        return true;
    }

    private boolean changeCombinationPrice() {
        int combinationId = shop.randomCombinationId();
        if (combinationId == 0) {
            return false;
        }
        shop.setCombinationPriceImpact(combinationId, Micros.format(Micros.ofCents(shop.randomInt(5) * 100)));
        return true;
    }

    private boolean advanceOrder() {
        int orderId = shop.randomOrderId();
        Order order = orderId == 0 ? null : shop.data().orders.get(orderId);
        Integer next = order == null ? null : NEXT_STATE.get(order.currentState());
        if (next == null) {
            return false;
        }
        shop.changeOrderState(orderId, next, 1);
        return true;
    }

    private boolean bulkEdit() {
        int size = 2 + shop.randomInt(19);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int id = shop.randomProductId();
            if (id != 0 && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return false;
        }
        shop.bulkEditProducts(ids, Map.of("on_sale", FieldInput.of(shop.randomInt(2) == 0 ? "1" : "0")));
        return true;
    }

    @Override
    public void close() {
        setRate(0);
    }
}
